import { CheckCircle2, Circle, Loader2, RotateCcw, Square, XCircle } from 'lucide-react'
import { Button } from '../components/ui/button'
import { Card, CardTitle } from '../components/ui/card'
import type { JobView, StageStatus } from '../lib/progress'
import { PIPELINE_STAGES, formatSeconds, stageLabel } from '../lib/stages'

const icons: Record<StageStatus, React.ReactNode> = {
  pending: <Circle size={16} className="text-slate-400" aria-hidden="true" />,
  running: <Loader2 size={16} className="animate-spin text-brand" aria-hidden="true" />,
  done: <CheckCircle2 size={16} className="text-emerald-700" aria-hidden="true" />,
  failed: <XCircle size={16} className="text-red-700" aria-hidden="true" />,
}

const words: Record<StageStatus, string> = { pending: 'waiting', running: 'in progress', done: 'done', failed: 'failed' }

interface ProgressPanelProps {
  job: JobView
  keyframes: string[]
  onCancel: () => void
  onRetry: () => void
}

export function ProgressPanel({ job, keyframes, onCancel, onRetry }: ProgressPanelProps) {
  const running = job.status === 'queued' || job.status === 'running'
  const scenes = PIPELINE_STAGES.filter((s) => s.id.startsWith('scene_'))
  const others = PIPELINE_STAGES.filter((s) => !s.id.startsWith('scene_'))
  return (
    <Card aria-labelledby="progress-title">
      <CardTitle id="progress-title">
        {job.status === 'completed' ? 'Generation complete' : job.status === 'cancelled' ? 'Generation cancelled' : 'Generating your ad'}
      </CardTitle>
      <div className="mb-1 flex justify-between text-sm">
        <span data-testid="job-status">
          {job.status === 'queued' && 'Queued'}
          {job.status === 'running' && `Working on: ${stageLabel(job.currentStage) || 'starting'}`}
          {job.status === 'completed' && 'Done'}
          {job.status === 'failed' && `Failed at ${stageLabel(job.failedStage) || 'an unknown stage'}`}
          {job.status === 'cancelled' && 'Cancelled'}
        </span>
        <span>
          {job.percent}%{running && job.etaSeconds != null ? ` · about ${formatSeconds(job.etaSeconds)} left` : ''}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Generation progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={job.percent}
        className="mb-4 h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        {/* The server's steps come every second or few (composition: per 3 s of video encoded); a linear glide as
            long as a typical gap keeps the bar moving between them, never past what the server said. */}
        <div
          data-testid="progress-fill"
          className="h-full bg-brand transition-[width] duration-[1500ms] ease-linear motion-reduce:transition-none"
          style={{ width: `${job.percent}%` }}
        />
      </div>

      {job.message && job.status !== 'failed' && job.status !== 'completed' && (
        <p data-testid="job-message" className="-mt-2 mb-3 text-sm text-slate-700">
          {job.message}
        </p>
      )}
      {job.status === 'failed' && (
        <div role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">The {stageLabel(job.failedStage) || 'generation'} stage failed.</p>
          {job.error && <p className="mt-1">{job.error}</p>}
          <Button variant="secondary" className="mt-2" onClick={onRetry}>
            <RotateCcw size={16} aria-hidden="true" /> Retry from {stageLabel(job.failedStage) || 'the failed stage'}
          </Button>
        </div>
      )}

      <h3 className="mb-2 text-sm font-semibold">Stages</h3>
      <ul aria-label="Pipeline stages" className="mb-4 grid grid-cols-1 gap-1 text-sm sm:grid-cols-2">
        {others.map((s) => (
          <li key={s.id} data-stage={s.id} data-status={job.stages[s.id] ?? 'pending'} className="flex items-center gap-2">
            {icons[job.stages[s.id] ?? 'pending']}
            <span>
              {s.label}
              <span className="sr-only"> {words[job.stages[s.id] ?? 'pending']}</span>
            </span>
          </li>
        ))}
      </ul>

      <h3 className="mb-2 text-sm font-semibold">Scenes</h3>
      <ol aria-label="Scenes" className="mb-2 grid grid-cols-5 gap-2">
        {scenes.map((s, i) => (
          <li key={s.id} data-stage={s.id} data-status={job.stages[s.id] ?? 'pending'} className="flex flex-col items-center gap-1 text-xs">
            <div className="flex aspect-video w-full items-center justify-center overflow-hidden rounded border border-slate-300 bg-slate-100">
              {keyframes[i] ? (
                <img src={keyframes[i]} alt={`Keyframe of scene ${i + 1}`} className="h-full w-full object-cover" />
              ) : (
                icons[job.stages[s.id] ?? 'pending']
              )}
            </div>
            <span>
              {i + 1}
              <span className="sr-only">
                {' '}
                {s.label} {words[job.stages[s.id] ?? 'pending']}
              </span>
            </span>
          </li>
        ))}
      </ol>

      {running && (
        <Button variant="danger" onClick={onCancel}>
          <Square size={14} aria-hidden="true" /> Cancel generation
        </Button>
      )}
    </Card>
  )
}
