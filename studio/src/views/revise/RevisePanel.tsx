import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react'
import { Card, CardTitle } from '../../components/ui/card'
import type { Ad } from '../../lib/types'
import { CompareVersions } from './CompareVersions'
import { FormatsMaker } from './FormatsMaker'
import { SceneEditor } from './SceneEditor'
import { useVersions } from './useVersions'
import { VariantsMaker } from './VariantsMaker'
import { VersionList } from './VersionList'

type Tab = 'edit' | 'versions' | 'variants' | 'formats'

const TABS: { id: Tab; label: string }[] = [
  { id: 'edit', label: 'Edit a scene' },
  { id: 'versions', label: 'Versions' },
  { id: 'variants', label: 'Variants' },
  { id: 'formats', label: 'Other formats' },
]

/**
 * "Iterate on this ad": edit a scene or the music into a new version, see and compare the versions,
 * make variants, make the other formats. Each part opens on its tab and stays as it was when another
 * is opened (a version being followed keeps being followed).
 */
export function RevisePanel({ ad, onShowVersion }: { ad: Ad; onShowVersion: (adId: string) => void }) {
  const ids = useId()
  const [tab, setTab] = useState<Tab>('edit')
  // A tab's part is made when first opened (the variants and formats ask the server for estimates), then kept.
  const [opened, setOpened] = useState<Set<Tab>>(() => new Set<Tab>(['edit']))
  const [picked, setPicked] = useState<string[]>([])
  const { versions, error, reload } = useVersions(ad.id)
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ edit: null, versions: null, variants: null, formats: null })

  const open = useCallback((t: Tab) => {
    setTab(t)
    setOpened((o) => (o.has(t) ? o : new Set(o).add(t)))
  }, [])

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((t) => t.id === tab)
    const to = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : -1
    if (to < 0) return
    e.preventDefault()
    open(TABS[to].id)
    tabRefs.current[TABS[to].id]?.focus()
  }

  // Picking a third version to compare lets go of the first picked.
  const pick = useCallback((adId: string, on: boolean) => {
    setPicked((p) => (on ? [...p.filter((x) => x !== adId), adId].slice(-2) : p.filter((x) => x !== adId)))
  }, [])
  const compare = useCallback(
    (a: string, b: string) => {
      setPicked([a, b])
      open('versions')
    },
    [open],
  )

  const list = versions ?? []
  const [left, right] = picked
    .map((id) => list.find((v) => v.ad_id === id))
    .filter((v): v is NonNullable<typeof v> => !!v?.video_url)
    .sort((x, y) => x.version - y.version)

  return (
    <Card aria-labelledby={`${ids}-title`}>
      <CardTitle id={`${ids}-title`}>Iterate on this ad</CardTitle>
      <div role="tablist" aria-label="Ways to iterate" onKeyDown={onKey} className="mb-3 flex flex-wrap gap-1 border-b border-slate-200">
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              tabRefs.current[t.id] = el
            }}
            type="button"
            role="tab"
            id={`${ids}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${ids}-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => open(t.id)}
            className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm ${
              tab === t.id ? 'border-slate-200 border-b-white bg-white font-medium text-slate-900' : 'border-transparent text-slate-600 hover:text-slate-900'
            }`}
          >
            {t.label}
            {t.id === 'versions' && versions ? ` (${versions.length})` : ''}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`${ids}-panel-${t.id}`}
          aria-labelledby={`${ids}-tab-${t.id}`}
          hidden={tab !== t.id}
        >
          {opened.has(t.id) && t.id === 'edit' && (
            <SceneEditor
              adId={ad.id}
              storyboard={ad.storyboard ?? []}
              versions={list}
              onVersionsChanged={reload}
              onShowVersion={onShowVersion}
              onCompare={compare}
            />
          )}
          {opened.has(t.id) && t.id === 'versions' && (
            <>
              {error && (
                <p role="alert" className="mb-2 text-sm text-red-700">
                  The versions could not be loaded: {error}
                </p>
              )}
              {!versions && !error && <p className="text-sm text-slate-600">Loading the versions…</p>}
              {versions && <VersionList versions={versions} currentAdId={ad.id} picked={picked} onPick={pick} onShow={onShowVersion} />}
              {left && right ? (
                <CompareVersions key={`${left.ad_id}:${right.ad_id}`} left={left} right={right} />
              ) : (
                versions && versions.length > 1 && <p className="mt-2 text-sm text-slate-600">Tick two finished versions to compare them side by side.</p>
              )}
            </>
          )}
          {opened.has(t.id) && t.id === 'variants' && <VariantsMaker adId={ad.id} versions={list} onMade={reload} onShow={onShowVersion} />}
          {opened.has(t.id) && t.id === 'formats' && <FormatsMaker adId={ad.id} aspect={ad.aspect_ratio} versions={list} onMade={reload} />}
        </div>
      ))}
    </Card>
  )
}
