import { useCallback, useState } from 'react'
import type { RevisionDraft, SceneDraft } from './draft'
import { emptyDraft, readDraft, writeDraft } from './draft'

/**
 * The revision being written for one ad, kept in this browser too (per ad, as the caption drafts are),
 * so a reload or a trip to another page never loses it.
 */
export function useRevisionDraft(adId: string) {
  const [draft, setDraft] = useState<RevisionDraft>(() => readDraft(adId))

  const update = useCallback(
    (change: (d: RevisionDraft) => RevisionDraft) => {
      setDraft((d) => {
        const next = change(d)
        writeDraft(adId, next)
        return next
      })
    },
    [adId],
  )

  const setScene = useCallback((scene: number) => update((d) => ({ ...d, scene })), [update])
  const editScene = useCallback(
    (scene: number, edit: SceneDraft) => update((d) => ({ ...d, scenes: { ...d.scenes, [scene]: { ...d.scenes[scene], ...edit } } })),
    [update],
  )
  const set = useCallback((patch: Partial<Omit<RevisionDraft, 'scenes'>>) => update((d) => ({ ...d, ...patch })), [update])
  /** After the revision was placed: the next one starts from the new version, with nothing changed. */
  const clear = useCallback(() => update((d) => ({ ...emptyDraft(), scene: d.scene })), [update])

  return { draft, setScene, editScene, set, clear }
}
