// Following one generation job to its end, as the studio's progress card does: the live stream
// (`snapshot`, then `progress` events), and the status endpoint read every few seconds when the
// stream cannot be had or ends early.
import { json, request } from './api'
import { applyEvent, fromSnapshot, isTerminal, type JobView } from './progress'
import { readEvents } from './sse'
import type { JobStatus, ProgressEvent } from './types'

/** How often the status is read when the live stream is not available. */
export const JOB_POLL_MS = 2000

/**
 * Calls `onView` with the job's progress until it ends (or `signal` aborts); resolves with the last
 * view. Network errors of the stream fall back to reading the status; an error reading the status rejects.
 */
export async function followJob(jobId: string, onView: (v: JobView) => void, signal: AbortSignal, pollMs = JOB_POLL_MS): Promise<JobView | null> {
  let view: JobView | null = null
  const show = (v: JobView) => {
    view = v
    onView(v)
  }
  const path = `/v1/generate/video/job/${encodeURIComponent(jobId)}`
  try {
    await readEvents(
      `${path}/events`,
      (m) => {
        if (m.event === 'snapshot') show(fromSnapshot(JSON.parse(m.data) as JobStatus))
        else if (m.event === 'progress' && view) show(applyEvent(view, JSON.parse(m.data) as ProgressEvent))
      },
      signal,
    )
  } catch {
    if (signal.aborted) return view
  }
  while (!signal.aborted && !isTerminal(view)) {
    if (view) await new Promise((r) => setTimeout(r, pollMs))
    if (signal.aborted) break
    show(fromSnapshot(await request<JobStatus>(path, { signal })))
  }
  return view
}

/** Stops a job (the worker sees it within a heartbeat). */
export const cancelJob = (jobId: string) => json<unknown>('POST', `/v1/generate/video/job/${encodeURIComponent(jobId)}/cancel`)

/** Queues a failed job again, from the stage that failed. */
export const retryJob = (jobId: string) => json<unknown>('POST', `/v1/generate/video/job/${encodeURIComponent(jobId)}/retry`)
