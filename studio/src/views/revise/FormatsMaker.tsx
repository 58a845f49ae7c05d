import { Ratio } from 'lucide-react'
import { useEffect, useState } from 'react'
import { Button } from '../../components/ui/button'
import { messageOf } from '../../lib/api'
import type { FormatResult, VersionEntry } from '../../lib/revisions'
import { isFinished, makeFormats, otherFormats } from '../../lib/revisions'
import { formatCents, formatSeconds } from '../../lib/stages'
import { statusWords } from './VersionList'

const NAMES: Record<string, string> = { '16:9': '16:9 (landscape)', '9:16': '9:16 (vertical)', '1:1': '1:1 (square)' }

/** This ad's versions in `aspect` that are made or being made (a failed one does not count). */
const madeIn = (versions: VersionEntry[], adId: string, aspect: string) =>
  versions.filter((v) => v.parent_ad_id === adId && v.aspect_ratio === aspect && v.status !== 'failed' && v.status !== 'cancelled')

const and = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`)

/**
 * "Make the other formats": the ad in each format it is not made in yet, one revision per format
 * (sharing its bible, references, storyboard and music); they then appear in the versions list.
 */
export function FormatsMaker({
  adId,
  aspect,
  versions,
  onMade,
}: {
  adId: string
  aspect: string
  versions: VersionEntry[]
  onMade: () => void
}) {
  const missing = otherFormats(aspect).filter((f) => madeIn(versions, adId, f).length === 0)
  const [estimates, setEstimates] = useState<FormatResult[] | null>(null)
  const [results, setResults] = useState<FormatResult[]>([])
  const [making, setMaking] = useState(false)
  const wanted = missing.join(',')

  useEffect(() => {
    if (!wanted) return
    const controller = new AbortController()
    void makeFormats(adId, wanted.split(','), true, controller.signal).then((r) => {
      if (!controller.signal.aborted) setEstimates(r)
    })
    return () => controller.abort()
  }, [adId, wanted])

  const make = async () => {
    setMaking(true)
    try {
      setResults(await makeFormats(adId, missing))
      onMade()
    } finally {
      setMaking(false)
    }
  }

  const cost = (estimates ?? []).reduce((sum, e) => sum + (e.placed?.estimated_cost_cents ?? 0), 0)
  const longest = Math.max(0, ...(estimates ?? []).map((e) => e.placed?.estimated_duration_seconds ?? 0))
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-700">
        This ad is {NAMES[aspect] ?? aspect}. Each other format is a version of it that keeps its story, look and music, and draws every
        scene again in the new shape.
      </p>
      <ul aria-label="Formats" className="space-y-1">
        {otherFormats(aspect).map((f) => {
          const made = madeIn(versions, adId, f)
          const result = results.find((r) => r.aspect === f)
          const estimate = estimates?.find((e) => e.aspect === f)
          const entry = made[made.length - 1]
          return (
            <li key={f} data-aspect={f} data-status={entry?.status ?? (result?.error ? 'refused' : 'none')} className="rounded border border-slate-200 p-2">
              <span className="font-medium">{NAMES[f] ?? f}</span>
              {entry && (
                <span className="text-slate-700">
                  {' '}
                  · version {entry.version} · {statusWords(entry.status)}
                  {!isFinished(entry.status) ? '…' : ''}
                </span>
              )}
              {!entry && estimate?.placed && (
                <span className="text-slate-600">
                  {' '}
                  · about {formatSeconds(estimate.placed.estimated_duration_seconds)}, {formatCents(estimate.placed.estimated_cost_cents)}
                </span>
              )}
              {result?.error !== undefined && (
                <p role="alert" className="text-red-700">
                  {messageOf(result.error)}
                </p>
              )}
              {!entry && !result && estimate?.error !== undefined && <p className="text-amber-800">{messageOf(estimate.error)}</p>}
            </li>
          )
        })}
      </ul>
      {missing.length > 0 ? (
        <>
          {estimates && (
            <p data-testid="formats-estimate" className="text-slate-700">
              Estimated cost {formatCents(cost)} · about {formatSeconds(longest)} each
            </p>
          )}
          <Button onClick={make} disabled={making}>
            <Ratio size={16} aria-hidden="true" /> {making ? 'Starting…' : `Make the other formats (${and(missing)})`}
          </Button>
        </>
      ) : (
        <p className="text-slate-700">This ad is made in every format; see the versions list.</p>
      )}
    </div>
  )
}
