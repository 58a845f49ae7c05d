import { useEffect, useRef, useState } from 'react'
import type { RevisionPlan, RevisionRequest } from '../../lib/revisions'
import { planRevision } from '../../lib/revisions'
import type { Placed, RevisionDraft } from './draft'
import { placeRefusal } from './draft'

/** How long editing may pause before the server is asked what the change would take. */
export const PLAN_DEBOUNCE_MS = 400

export interface PlanState {
  /** The server's plan and estimate of `plannedFor`, or null. */
  plan: RevisionPlan | null
  /** Why the server refused the change as it stood, placed by control, or null. */
  refusal: Placed | null
  /** The request (as JSON) that `plan` or `refusal` is about; while it differs from the one edited, a new answer is on its way. */
  plannedFor: string | null
}

const idle: PlanState = { plan: null, refusal: null, plannedFor: null }

/**
 * The server's plan of the revision being written (a dry run): one request per pause in editing,
 * older answers dropped. Nothing is asked while the draft changes nothing.
 */
export function useRevisionPlan(adId: string, request: RevisionRequest | null, sent: number[], draft: RevisionDraft): PlanState & { checking: boolean } {
  const [state, setState] = useState<PlanState>(idle)
  const key = request ? JSON.stringify(request) : null
  const context = useRef({ sent, draft })
  context.current = { sent, draft }
  useEffect(() => {
    if (!key) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      planRevision(adId, JSON.parse(key) as RevisionRequest, controller.signal).then(
        (plan) => {
          if (!controller.signal.aborted) setState({ plan, refusal: null, plannedFor: key })
        },
        (e) => {
          if (controller.signal.aborted) return
          setState({ plan: null, refusal: placeRefusal(e, context.current.sent, context.current.draft), plannedFor: key })
        },
      )
    }, PLAN_DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [adId, key])
  if (!key) return { ...idle, checking: false }
  return { ...state, checking: state.plannedFor !== key }
}
