import { formatCents, formatSeconds, stageLabel } from '../../lib/stages'
import type { VersionEntry } from '../../lib/revisions'
import { describeChanges, isFinished } from '../../lib/revisions'

const STATUS_WORDS: Record<string, string> = {
  queued: 'Waiting to start',
  generating: 'Being made',
  running: 'Being made',
  completed: 'Ready',
  failed: 'Failed',
  cancelled: 'Cancelled',
}

export const statusWords = (status: string) => STATUS_WORDS[status] ?? status

/** Version 2, or "Version 3 (variant A)". */
export const versionName = (v: Pick<VersionEntry, 'version' | 'label'>) => `Version ${v.version}${v.label ? ` (variant ${v.label})` : ''}`

/**
 * The chain of versions, first to last: number, variant letter, format, what changed, what ran again,
 * status and cost; two can be picked to compare, a finished one shown above.
 */
export function VersionList({
  versions,
  currentAdId,
  picked,
  onPick,
  onShow,
}: {
  versions: VersionEntry[]
  /** The version the studio shows above. */
  currentAdId: string
  /** Ad ids picked to compare (at most two). */
  picked: string[]
  onPick: (adId: string, on: boolean) => void
  onShow: (adId: string) => void
}) {
  return (
    <ol aria-label="Versions" className="space-y-2">
      {versions.map((v) => {
        const current = v.ad_id === currentAdId
        return (
          <li
            key={v.ad_id}
            data-version={v.version}
            data-status={v.status}
            className={`flex gap-3 rounded-md border p-2 text-sm ${current ? 'border-brand' : 'border-slate-200'}`}
          >
            <div className="h-14 w-24 shrink-0 overflow-hidden rounded bg-slate-100">
              {v.thumbnail_url && <img src={v.thumbnail_url} alt="" className="h-full w-full object-cover" />}
            </div>
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                {versionName(v)} · {v.aspect_ratio}
                {current && <span className="ml-2 rounded bg-brand px-1.5 py-0.5 text-xs text-white">shown above</span>}
              </p>
              <p className="text-slate-700">{describeChanges(v.changes)}</p>
              {v.stages_run && v.stages_run.length > 0 && (
                <p className="text-xs text-slate-600">Ran again: {v.stages_run.map(stageLabel).join(', ')}</p>
              )}
              <p className="text-xs text-slate-600">
                <span data-testid="version-status">{statusWords(v.status)}</span>
                {' · '}
                {formatCents(v.api_cost_cents)}
                {isFinished(v.status) && v.generation_duration_seconds != null ? ` · made in ${formatSeconds(v.generation_duration_seconds)}` : ''}
              </p>
              <div className="mt-1 flex flex-wrap items-center gap-3">
                <label className="flex items-center gap-1">
                  <input
                    type="checkbox"
                    checked={picked.includes(v.ad_id)}
                    disabled={!v.video_url}
                    onChange={(e) => onPick(v.ad_id, e.target.checked)}
                  />
                  Compare version {v.version}
                </label>
                {v.video_url && !current && (
                  <button type="button" onClick={() => onShow(v.ad_id)} className="text-brand underline">
                    Show version {v.version} above
                  </button>
                )}
              </div>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
