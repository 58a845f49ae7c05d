import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { draftOf, mergeDraft, savable, type SceneDraft } from '../lib/storyboard'
import type { ReviewPlan, SceneEditPayload } from '../lib/types'

/** How long typing may pause before the edits are saved. */
export const AUTOSAVE_MS = 600

interface Savers {
  /** Saves now, in order with the conversation's other changes; resolves false when refused. */
  save: (scenes: SceneEditPayload[]) => Promise<boolean>
  /** A last save that must outlive the page (reload, closing the tab). */
  saveAsPageCloses: (scenes: SceneEditPayload[]) => void
}

/**
 * The review's storyboard as the user edits it, saved as it is edited: a pause in typing (600 ms),
 * leaving a field, leaving the page (Back, another project, reload) all save what can be saved. The
 * server's answers come back through `review` and are merged so typing is never undone; so a reload,
 * Back/Forward or another browser show the edits, since they show the server's state.
 */
export function useStoryboardDraft(review: ReviewPlan, { save, saveAsPageCloses }: Savers) {
  const remote = useMemo(() => draftOf(review.scenes), [review])
  const [{ draft, base }, setDrafts] = useState(() => ({ draft: remote, base: remote }))
  const length = review.duration_seconds

  // The latest values for timers and the page's unload, which outlive the render that set them up.
  const latest = useRef({ draft, base, length, save, saveAsPageCloses })
  latest.current = { draft, base, length, save, saveAsPageCloses }
  /** The last set sent, so the same set is not sent twice (a save on blur after the timer's save). */
  const sent = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => {
    sent.current = null // the server spoke: compare with what it has now
    setDrafts((s) => (s.base === remote ? s : { draft: mergeDraft(s.draft, s.base, remote), base: remote }))
  }, [remote])
  /** Set when a field was left: the next draft is saved at once rather than after the pause. */
  const now = useRef(false)

  /** What should go to the server, or null when it already has it (or it is on its way). */
  const pending = useCallback((): { scenes: SceneEditPayload[]; key: string } | null => {
    const { draft: d, base: b, length: l } = latest.current
    const scenes = savable(d, b, l)
    const key = JSON.stringify(scenes)
    if (key === JSON.stringify(savable(b, b, l)) || key === sent.current) return null
    return { scenes, key }
  }, [])

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const p = pending()
    if (!p) return
    sent.current = p.key
    void latest.current.save(p.scenes).then((ok) => {
      // A refused set may be sent again once the user changes something or leaves a field.
      if (!ok && sent.current === p.key) sent.current = null
    })
  }, [pending])

  useEffect(() => {
    if (now.current) {
      now.current = false
      flush()
      return
    }
    timer.current = setTimeout(flush, AUTOSAVE_MS)
    return () => {
      if (timer.current) clearTimeout(timer.current)
    }
  }, [draft, flush])

  useEffect(() => {
    const onPageHide = () => {
      const p = pending()
      if (p) latest.current.saveAsPageCloses(p.scenes)
    }
    window.addEventListener('pagehide', onPageHide)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      // Leaving the review (Back, another step, another project) saves what was typed in the last pause.
      flush()
    }
  }, [pending, flush])

  const edit = useCallback((index: number, change: Partial<SceneDraft>, saveAtOnce = false) => {
    if (saveAtOnce) now.current = true
    setDrafts((s) => ({ ...s, draft: s.draft.map((d, i) => (i === index ? { ...d, ...change } : d)) }))
  }, [])

  const replace = useCallback((next: SceneDraft[]) => {
    now.current = true
    setDrafts((s) => ({ ...s, draft: next }))
  }, [])

  /** The set to generate from; marks it sent, since Generate saves it first. */
  const forGenerate = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    const { draft: d, base: b, length: l } = latest.current
    const scenes = savable(d, b, l)
    sent.current = JSON.stringify(scenes)
    return scenes
  }, [])

  return { draft, base, edit, replace, flush, forGenerate }
}
