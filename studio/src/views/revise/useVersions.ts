import { useCallback, useEffect, useState } from 'react'
import { messageOf } from '../../lib/api'
import type { VersionEntry } from '../../lib/revisions'
import { isFinished, listVersions } from '../../lib/revisions'

/** How often the list is read again while a version in it is still being made. */
export const VERSIONS_POLL_MS = 3000

/**
 * The ad's chain of versions, first to last; read again every few seconds while one is being made
 * (variants and formats appear and finish there), and on `reload` after the studio placed one.
 */
export function useVersions(adId: string) {
  const [versions, setVersions] = useState<VersionEntry[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [round, setRound] = useState(0)

  const reload = useCallback(() => setRound((r) => r + 1), [])

  useEffect(() => {
    let current = true
    listVersions(adId).then(
      (list) => {
        if (!current) return
        setVersions(list.versions)
        setError(null)
      },
      (e) => {
        if (current) setError(messageOf(e))
      },
    )
    return () => {
      current = false
    }
  }, [adId, round])

  // While a version is on its way (or the list could not be read), read it again shortly.
  const waiting = error !== null || (versions ?? []).some((v) => !isFinished(v.status))
  useEffect(() => {
    if (!waiting) return
    const timer = setTimeout(() => setRound((r) => r + 1), VERSIONS_POLL_MS)
    return () => clearTimeout(timer)
  }, [waiting, round])

  return { versions, error, reload }
}
