import { Shuffle } from 'lucide-react'
import { useEffect, useId, useState } from 'react'
import { Button } from '../../components/ui/button'
import { ApiError, messageOf } from '../../lib/api'
import type { VariantsAnswer, Vary, VersionEntry } from '../../lib/revisions'
import { makeVariants, planVariants } from '../../lib/revisions'
import { formatCents, formatSeconds, stageLabel } from '../../lib/stages'
import { FieldError } from './FieldError'
import { PLAN_DEBOUNCE_MS } from './useRevisionPlan'
import { statusWords } from './VersionList'

const VARY: { value: Vary; label: string }[] = [
  { value: 'hook', label: 'The opening (hook)' },
  { value: 'cta', label: 'The call to action' },
  { value: 'hook_and_cta', label: 'Both' },
]

const optionsKey = (adId: string) => `zapcut.revise.${adId}.variants`

function readOptions(adId: string): { count: number; vary: Vary } {
  try {
    const o = JSON.parse(localStorage.getItem(optionsKey(adId)) ?? '{}') as { count?: number; vary?: string }
    return {
      count: o.count === 2 || o.count === 3 || o.count === 4 ? o.count : 3,
      vary: VARY.some((v) => v.value === o.vary) ? (o.vary as Vary) : 'hook',
    }
  } catch {
    return { count: 3, vary: 'hook' }
  }
}

/**
 * "Make variants": 2 to 4 versions (A, B, ...), each opening and/or ending on its own angle and sharing
 * everything else; what they take is shown before, and each as it is made after.
 */
export function VariantsMaker({
  adId,
  versions,
  onMade,
  onShow,
}: {
  adId: string
  versions: VersionEntry[]
  onMade: () => void
  onShow: (adId: string) => void
}) {
  const id = useId()
  const [options, setOptions] = useState(() => readOptions(adId))
  const [plan, setPlan] = useState<VariantsAnswer | null>(null)
  const [planError, setPlanError] = useState<string | null>(null)
  const [made, setMade] = useState<VariantsAnswer | null>(null)
  const [making, setMaking] = useState(false)
  const [error, setError] = useState<{ field: 'count' | 'vary' | null; message: string } | null>(null)

  const choose = (o: Partial<typeof options>) => {
    const next = { ...options, ...o }
    setOptions(next)
    setError(null)
    try {
      localStorage.setItem(optionsKey(adId), JSON.stringify(next))
    } catch {
      // kept in this page
    }
  }

  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(() => {
      planVariants(adId, options.count, options.vary, controller.signal).then(
        (p) => {
          setPlan(p)
          setPlanError(null)
        },
        (e) => {
          if (!controller.signal.aborted) setPlanError(messageOf(e))
        },
      )
    }, PLAN_DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [adId, options.count, options.vary])

  const make = async () => {
    setMaking(true)
    setError(null)
    try {
      setMade(await makeVariants(adId, options.count, options.vary))
      onMade()
    } catch (e) {
      const field = e instanceof ApiError ? (e.errors[0]?.field ?? null) : null
      setError({ field: field === 'count' || field === 'vary' ? field : null, message: messageOf(e) })
    } finally {
      setMaking(false)
    }
  }

  const perVariant = plan?.variants[0]?.version
  return (
    <div className="space-y-3 text-sm">
      <div>
        <label htmlFor={`${id}-count`} className="mb-1 block font-medium text-slate-800">
          How many variants
        </label>
        <select
          id={`${id}-count`}
          value={options.count}
          onChange={(e) => choose({ count: Number(e.target.value) })}
          aria-invalid={error?.field === 'count' || undefined}
          aria-describedby={error?.field === 'count' ? `${id}-error` : undefined}
          className="rounded-md border border-slate-400 bg-white px-3 py-2"
        >
          {[2, 3, 4].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <fieldset aria-describedby={error?.field === 'vary' ? `${id}-error` : undefined}>
        <legend className="mb-1 font-medium text-slate-800">What to vary</legend>
        <div className="flex flex-wrap gap-4">
          {VARY.map((v) => (
            <label key={v.value} className="flex items-center gap-1">
              <input type="radio" name={`${id}-vary`} value={v.value} checked={options.vary === v.value} onChange={() => choose({ vary: v.value })} />
              {v.label}
            </label>
          ))}
        </div>
      </fieldset>
      {plan && perVariant && (
        <p data-testid="variants-estimate" className="text-slate-700">
          Each variant runs again: {perVariant.stages.map(stageLabel).join(', ')}. Estimated cost {formatCents(plan.estimated_cost_cents)} for{' '}
          {plan.variants.length}, about {formatSeconds(perVariant.estimated_duration_seconds)} each.
        </p>
      )}
      {planError && <p className="text-amber-800">What the variants take could not be worked out ({planError}).</p>}
      <Button onClick={make} disabled={making}>
        <Shuffle size={16} aria-hidden="true" /> {making ? 'Starting…' : 'Make variants'}
      </Button>
      <FieldError id={`${id}-error`} message={error?.message} />
      {made && (
        <ul aria-label="Variants" className="space-y-1">
          {made.variants.map((v) => {
            const entry = versions.find((x) => x.ad_id === v.version.ad_id)
            const status = entry?.status ?? v.version.status
            return (
              <li key={v.label} data-label={v.label} data-status={status} className="flex flex-wrap items-center gap-2 rounded border border-slate-200 p-2">
                <span className="font-medium">
                  Variant {v.label}
                  {v.version.version ? ` (version ${v.version.version})` : ''}
                </span>
                <span className="text-slate-700">{v.angles.map((a) => `“${a}”`).join(' + ')}</span>
                <span className="text-slate-600">{statusWords(status)}</span>
                {entry?.video_url && v.version.ad_id && (
                  <button type="button" onClick={() => onShow(v.version.ad_id!)} className="text-brand underline">
                    Show variant {v.label} above
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
