import { PIPELINE_STAGES } from './stages'
import type { JobStatus, ProgressEvent } from './types'

export type StageStatus = 'pending' | 'running' | 'done' | 'failed'

export interface JobView {
  jobId: string
  adId: string
  status: 'queued' | 'running' | 'completed' | 'failed' | 'cancelled'
  percent: number
  etaSeconds: number | null
  currentStage: string | null
  stages: Record<string, StageStatus>
  failedStage: string | null
  error: string | null
  message: string | null
}

function normalStatus(s: string): JobView['status'] {
  if (s === 'generating' || s === 'running') return 'running'
  if (s === 'completed' || s === 'failed' || s === 'cancelled') return s
  return 'queued'
}

/** The job's progress as the status endpoint (or the stream's first `snapshot` event) reports it. */
export function fromSnapshot(job: JobStatus): JobView {
  const stages: Record<string, StageStatus> = {}
  for (const s of PIPELINE_STAGES) stages[s.id] = 'pending'
  for (const done of job.stages_completed ?? []) stages[done.stage] = 'done'
  const status = normalStatus(job.status)
  if (status === 'running' && job.current_stage && stages[job.current_stage] !== 'done') stages[job.current_stage] = 'running'
  if (status === 'failed' && job.failed_stage) stages[job.failed_stage] = 'failed'
  if (status === 'completed') for (const s of PIPELINE_STAGES) stages[s.id] = 'done'
  return {
    jobId: job.job_id,
    adId: job.ad_id,
    status,
    percent: Math.round(job.progress_percentage ?? 0),
    etaSeconds: job.estimated_remaining_seconds ?? null,
    currentStage: job.current_stage ?? null,
    stages,
    failedStage: job.failed_stage ?? null,
    error: job.error_message ?? null,
    message: null,
  }
}

/** Applies one `progress` event; percentages never go backwards. */
export function applyEvent(view: JobView, e: ProgressEvent): JobView {
  const stages = { ...view.stages }
  const next: JobView = {
    ...view,
    stages,
    percent: Math.max(view.percent, Math.round(e.progress_percentage ?? view.percent)),
    etaSeconds: e.estimated_remaining_seconds ?? view.etaSeconds,
    message: e.message ?? view.message,
  }
  switch (e.type) {
    case 'job_started':
      next.status = 'running'
      next.failedStage = null
      next.error = null
      break
    case 'stage_started':
      next.status = 'running'
      if (e.stage) {
        stages[e.stage] = 'running'
        next.currentStage = e.stage
      }
      break
    case 'stage_progress':
      // A long stage (composition) reporting how far it got: only percent and ETA move; it is running.
      next.status = 'running'
      if (e.stage && stages[e.stage] !== 'done') {
        stages[e.stage] = 'running'
        next.currentStage = e.stage
      }
      break
    case 'stage_completed':
      if (e.stage) stages[e.stage] = 'done'
      break
    case 'job_completed':
      next.status = 'completed'
      next.percent = 100
      next.etaSeconds = 0
      for (const s of Object.keys(stages)) stages[s] = 'done'
      break
    case 'job_failed':
      next.status = 'failed'
      next.failedStage = e.stage ?? view.currentStage
      next.error = e.message ?? 'the generation failed'
      if (next.failedStage) stages[next.failedStage] = 'failed'
      break
    case 'job_retry_scheduled':
      next.status = 'queued'
      if (e.stage) stages[e.stage] = 'pending'
      next.message = e.message ?? 'retrying shortly'
      break
    case 'job_cancelled':
      next.status = 'cancelled'
      for (const s of Object.keys(stages)) if (stages[s] === 'running') stages[s] = 'pending'
      break
  }
  return next
}

export function isTerminal(v: JobView | null): boolean {
  return v !== null && (v.status === 'completed' || v.status === 'failed' || v.status === 'cancelled')
}
