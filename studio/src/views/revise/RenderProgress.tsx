import { CheckCircle2, Circle, Loader2, RotateCcw, Square, XCircle } from 'lucide-react'
import { Button } from '../../components/ui/button'
import type { JobView, StageStatus } from '../../lib/progress'
import type { RevisionPlan, VersionEntry } from '../../lib/revisions'
import { describeChanges } from '../../lib/revisions'
import { formatSeconds, stageLabel } from '../../lib/stages'
import { aspectOf } from '../AdPanel'

const icons: Record<StageStatus, React.ReactNode> = {
  pending: <Circle size={14} className="text-slate-400" aria-hidden="true" />,
  running: <Loader2 size={14} className="animate-spin text-brand" aria-hidden="true" />,
  done: <CheckCircle2 size={14} className="text-emerald-700" aria-hidden="true" />,
  failed: <XCircle size={14} className="text-red-700" aria-hidden="true" />,
}
const words: Record<StageStatus, string> = { pending: 'waiting', running: 'in progress', done: 'done', failed: 'failed' }

function statusText(v: JobView | null, version: number): string {
  if (!v) return `Version ${version}: starting`
  switch (v.status) {
    case 'queued':
      return `Version ${version}: waiting to start`
    case 'running':
      return `Version ${version}: ${stageLabel(v.currentStage) || 'starting'} (${v.percent}%)`
    case 'completed':
      return `Version ${version} is ready`
    case 'failed':
      return `Version ${version} failed at ${stageLabel(v.failedStage) || 'a stage'}`
    case 'cancelled':
      return `Version ${version} was cancelled`
  }
}

/**
 * The new version on its way: the stages the plan runs again, each as the job reports it, and the
 * bar; then the finished version to watch, or why it stopped.
 */
export function RenderProgress({
  placed,
  view,
  followError,
  entry,
  actionError,
  onCancel,
  onRetry,
  onShow,
  onCompare,
  onDismiss,
}: {
  placed: RevisionPlan
  view: JobView | null
  /** The progress could not be read. */
  followError: string | null
  /** The new version in the versions list, once listed (its video link). */
  entry: VersionEntry | undefined
  actionError: string | null
  onCancel: () => void
  onRetry: () => void
  onShow: () => void
  onCompare: () => void
  onDismiss: () => void
}) {
  const version = placed.version ?? 0
  const status = view?.status ?? 'queued'
  const running = status === 'queued' || status === 'running'
  const [w, h] = aspectOf(entry?.aspect_ratio)
  return (
    <div data-testid="render-progress" data-status={status} className="mt-3 rounded-md border border-slate-200 p-3 text-sm">
      <p role="status" aria-live="polite" data-testid="render-status" className="mb-1 font-medium">
        {statusText(view, version)}
        {running && view?.etaSeconds != null ? ` · about ${formatSeconds(view.etaSeconds)} left` : ''}
      </p>
      {placed.changes && <p className="mb-2 text-slate-700">{describeChanges(placed.changes)}</p>}
      {status !== 'completed' && (
        <div
          role="progressbar"
          aria-label={`Making version ${version}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={view?.percent ?? 0}
          className="mb-2 h-2 overflow-hidden rounded bg-slate-200"
        >
          <div className="h-full bg-brand transition-[width] duration-1000 motion-reduce:transition-none" style={{ width: `${view?.percent ?? 0}%` }} />
        </div>
      )}
      <ul aria-label={`Stages of version ${version}`} className="mb-2 flex flex-wrap gap-x-3 gap-y-1">
        {placed.stages.map((s) => {
          const st: StageStatus = view?.stages[s] ?? 'pending'
          return (
            <li key={s} data-stage={s} data-status={st} className="flex items-center gap-1">
              {icons[st]}
              {stageLabel(s)}
              <span className="sr-only"> {words[st]}</span>
            </li>
          )
        })}
      </ul>
      {followError && <p className="text-amber-800">Lost touch with the server ({followError}); the versions list still shows how it goes.</p>}
      {status === 'failed' && (
        <div role="alert" className="mb-2 text-red-800">
          <p>{view?.error ?? 'The version could not be made.'}</p>
          <Button variant="secondary" className="mt-2" onClick={onRetry}>
            <RotateCcw size={16} aria-hidden="true" /> Retry version {version}
          </Button>
        </div>
      )}
      {actionError && (
        <p role="alert" className="mb-2 text-red-700">
          {actionError}
        </p>
      )}
      {running && (
        <Button variant="danger" onClick={onCancel}>
          <Square size={14} aria-hidden="true" /> Cancel version {version}
        </Button>
      )}
      {status === 'completed' && (
        <div className="space-y-2">
          {entry?.video_url && (
            <video
              data-testid="new-version-video"
              controls
              preload="metadata"
              playsInline
              poster={entry.thumbnail_url ?? undefined}
              src={entry.video_url}
              aria-label={`Version ${version}`}
              style={{ aspectRatio: `${w} / ${h}` }}
              className="mx-auto block max-h-[40vh] w-full rounded-md bg-black object-contain"
            />
          )}
          <div className="flex flex-wrap gap-2">
            <Button onClick={onShow}>Show version {version} above</Button>
            <Button variant="secondary" onClick={onCompare}>
              Compare with the version before
            </Button>
            <Button variant="ghost" onClick={onDismiss}>
              Edit again
            </Button>
          </div>
        </div>
      )}
      {(status === 'cancelled' || status === 'failed') && (
        <Button variant="ghost" className="mt-2" onClick={onDismiss}>
          Back to editing
        </Button>
      )}
    </div>
  )
}
