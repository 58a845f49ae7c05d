import { useEffect, useRef, useState } from 'react'
import { messageOf } from '../../lib/api'
import { checkCaption, type CaptionCheck, type PlatformId } from '../../lib/publishing'

/** How long typing may pause before the caption is counted by the server. */
export const CHECK_DEBOUNCE_MS = 250

const draftKey = (adId: string, platform: PlatformId) => `zapcut.caption.${adId}.${platform}`

function readDraft(adId: string, platform: PlatformId): string {
  try {
    return localStorage.getItem(draftKey(adId, platform)) ?? ''
  } catch {
    return ''
  }
}

/**
 * The caption being written for one ad and platform. Kept in this browser too, so leaving for the
 * platform's sign-in page (Connect, Reconnect) or a reload never loses what was typed.
 */
export function useCaptionDraft(adId: string, platform: PlatformId) {
  const [state, setState] = useState(() => ({ adId, platform, text: readDraft(adId, platform) }))
  // Another ad or platform: its own draft (adjusting state during render, as React recommends).
  let current = state
  if (state.adId !== adId || state.platform !== platform) {
    current = { adId, platform, text: readDraft(adId, platform) }
    setState(current)
  }
  const setText = (text: string) => {
    setState({ adId, platform, text })
    try {
      if (text) localStorage.setItem(draftKey(adId, platform), text)
      else localStorage.removeItem(draftKey(adId, platform))
    } catch {
      // storage full or off: the draft still lives in this page
    }
  }
  /** After a post: the next caption starts empty. */
  const clear = () => setText('')
  return { text: current.text, setText, clear }
}

export interface CheckState {
  /** The server's count of `checkedText`, or null before the first answer. */
  check: CaptionCheck | null
  /** The caption that `check` is about; while it differs from the text typed, a new count is on its way. */
  checkedText: string | null
  /** The check could not be made (offline, server error): the count is unknown, not wrong. */
  error: string | null
}

/** The server's live count of the caption: one request per pause in typing, older answers dropped. */
export function useCaptionCheck(platform: PlatformId, caption: string, adId: string): CheckState {
  const [state, setState] = useState<CheckState & { platform: PlatformId }>({ platform, check: null, checkedText: null, error: null })
  const seq = useRef(0)
  useEffect(() => {
    const n = ++seq.current
    const controller = new AbortController()
    const timer = setTimeout(() => {
      checkCaption(platform, caption, adId, controller.signal).then(
        (check) => {
          if (seq.current === n) setState({ platform, check, checkedText: caption, error: null })
        },
        (e) => {
          if (seq.current === n && !controller.signal.aborted) setState({ platform, check: null, checkedText: caption, error: messageOf(e) })
        },
      )
    }, CHECK_DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [platform, caption, adId])
  // A count made for the other platform is no count for this one.
  return state.platform === platform ? state : { check: null, checkedText: null, error: null }
}
