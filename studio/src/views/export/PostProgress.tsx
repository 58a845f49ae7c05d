import { CircleCheck, ExternalLink } from 'lucide-react'
import { Button } from '../../components/ui/button'
import type { Export } from '../../lib/publishing'
import { exportNeedsReconnect, labelOf, stepText } from '../../lib/publishing'

/** One post on its way: the step and a bar while it runs, then the link to the post or why it failed. */
export function PostProgress({ x, onReconnect }: { x: Export; onReconnect: () => void }) {
  const label = labelOf(x.platform)
  const running = x.status === 'queued' || x.status === 'running'
  return (
    <div data-testid="post-progress" data-status={x.status} className="mt-3 rounded-md border border-slate-200 p-3 text-sm">
      <p aria-live="polite" role="status" data-testid="post-step" className="mb-1 font-medium">
        {stepText(x)}
        {running && ` (${x.progress}%)`}
      </p>
      {running && (
        <div
          role="progressbar"
          aria-label={`Posting to ${label}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={x.progress}
          className="h-2 overflow-hidden rounded bg-slate-200"
        >
          <div className="h-full bg-brand transition-all" style={{ width: `${x.progress}%` }} />
        </div>
      )}
      {x.status === 'succeeded' && x.post_url && (
        <p className="flex items-center gap-2">
          <CircleCheck size={16} className="text-emerald-700" aria-hidden="true" />
          <a href={x.post_url} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 font-medium text-brand underline">
            View the post on {label} <ExternalLink size={14} aria-hidden="true" />
          </a>
        </p>
      )}
      {x.status === 'failed' && (
        <div role="alert" className="text-red-800">
          <p>{x.error?.detail ?? 'The post failed.'}</p>
          {exportNeedsReconnect(x) && (
            <Button onClick={onReconnect} className="mt-2">
              Reconnect {label}
            </Button>
          )}
        </div>
      )}
    </div>
  )
}
