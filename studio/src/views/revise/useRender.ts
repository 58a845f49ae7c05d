import { useCallback, useState } from 'react'
import { messageOf } from '../../lib/api'
import { cancelJob, retryJob } from '../../lib/jobs'
import type { JobView } from '../../lib/progress'
import type { RevisionPlan, RevisionRequest } from '../../lib/revisions'
import { placeRevision } from '../../lib/revisions'
import type { Placed, RevisionDraft } from './draft'
import { placeRefusal } from './draft'
import { useFollowedJob } from './useFollowedJob'

const renderKey = (adId: string) => `zapcut.revise.${adId}.render`

function readRender(adId: string): RevisionPlan | null {
  try {
    const raw = localStorage.getItem(renderKey(adId))
    const p = raw ? (JSON.parse(raw) as RevisionPlan) : null
    return p && typeof p.job_id === 'string' && typeof p.ad_id === 'string' ? p : null
  } catch {
    return null
  }
}

function keepRender(adId: string, p: RevisionPlan | null) {
  try {
    if (p) localStorage.setItem(renderKey(adId), JSON.stringify(p))
    else localStorage.removeItem(renderKey(adId))
  } catch {
    // the render is still followed in this page
  }
}

/**
 * Places a revision of the ad and follows its job to the end. The version being made is remembered in
 * this browser until it has ended, so a reload follows it on.
 */
export function useRender(adId: string, { onPlaced, onEnded }: { onPlaced: (p: RevisionPlan) => void; onEnded: (v: JobView) => void }) {
  const [placed, setPlaced] = useState<RevisionPlan | null>(() => readRender(adId))
  const [placing, setPlacing] = useState(false)
  const [refusal, setRefusal] = useState<Placed | null>(null)
  const [round, setRound] = useState(0)
  const [actionError, setActionError] = useState<string | null>(null)

  const job = useFollowedJob(
    placed?.job_id ?? null,
    (v) => {
      keepRender(adId, null)
      onEnded(v)
    },
    round,
  )

  const place = useCallback(
    async (request: RevisionRequest, sent: number[], draft: RevisionDraft) => {
      setPlacing(true)
      setRefusal(null)
      try {
        const p = await placeRevision(adId, request)
        keepRender(adId, p)
        setPlaced(p)
        onPlaced(p)
      } catch (e) {
        setRefusal(placeRefusal(e, sent, draft))
      } finally {
        setPlacing(false)
      }
    },
    [adId, onPlaced],
  )

  const cancel = useCallback(async () => {
    if (!placed?.job_id) return
    setActionError(null)
    try {
      await cancelJob(placed.job_id)
    } catch (e) {
      setActionError(messageOf(e))
    }
  }, [placed])

  const retry = useCallback(async () => {
    if (!placed?.job_id) return
    setActionError(null)
    try {
      await retryJob(placed.job_id)
      keepRender(adId, placed)
      setRound((r) => r + 1)
    } catch (e) {
      setActionError(messageOf(e))
    }
  }, [adId, placed])

  /** Done with the version made: the editor is shown again. */
  const dismiss = useCallback(() => {
    keepRender(adId, null)
    setPlaced(null)
  }, [adId])

  const clearRefusal = useCallback(() => setRefusal(null), [])

  return { placed, placing, place, refusal, clearRefusal, job, cancel, retry, dismiss, actionError }
}
