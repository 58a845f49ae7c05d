import { useEffect, useRef, useState } from 'react'
import { messageOf } from '../../lib/api'
import { followJob } from '../../lib/jobs'
import type { JobView } from '../../lib/progress'

/**
 * A job's live progress while it runs (null before the first word from the server); `onEnd` once it
 * has ended. A new `round` follows the same job again (after a retry).
 */
export function useFollowedJob(jobId: string | null, onEnd?: (v: JobView) => void, round = 0) {
  const [view, setView] = useState<JobView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const onEndRef = useRef(onEnd)
  onEndRef.current = onEnd
  useEffect(() => {
    setView(null)
    setError(null)
    if (!jobId) return
    const controller = new AbortController()
    followJob(jobId, setView, controller.signal).then(
      (last) => {
        if (!controller.signal.aborted && last) onEndRef.current?.(last)
      },
      (e) => {
        if (!controller.signal.aborted) setError(messageOf(e))
      },
    )
    return () => controller.abort()
  }, [jobId, round])
  return { view, error }
}
