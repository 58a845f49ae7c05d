import { Send } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'
import { Button } from '../../components/ui/button'
import { ApiError, messageOf } from '../../lib/api'
import type { Connection, Export, PlatformId, Visibility } from '../../lib/publishing'
import { accountName, getExport, labelOf, needsReconnect, newUuid, post, problemKind } from '../../lib/publishing'
import type { Ad } from '../../lib/types'
import { CaptionField } from './CaptionField'
import { PostPreview } from './PostPreview'
import { PostProgress } from './PostProgress'
import { useCaptionCheck, useCaptionDraft } from './useCaption'

/** How often a post on its way is read again. */
export const POLL_MS = 1000

/** Where a refused post is shown: by the caption, by the account choice, or by the Post button. */
interface Refusal {
  at: 'caption' | 'account' | 'post'
  message: string
  reconnect: boolean
}

function placeRefusal(e: unknown): Refusal {
  const kind = problemKind(e)
  const message = messageOf(e)
  if (needsReconnect(e)) return { at: 'post', message, reconnect: true }
  if (kind === 'not-connected') return { at: 'account', message, reconnect: false }
  if (kind === 'safety-blocked') return { at: 'caption', message, reconnect: false }
  if (e instanceof ApiError && e.errors.some((f) => f.field === 'caption')) return { at: 'caption', message, reconnect: false }
  return { at: 'post', message, reconnect: false }
}

/** Writing and posting the ad to one platform: account, caption, (LinkedIn) visibility, preview, Post and its progress. */
export function PostComposer({
  ad,
  platform,
  accounts,
  onReconnect,
  onFinished,
}: {
  ad: Ad
  platform: PlatformId
  /** This platform's connected accounts. */
  accounts: Connection[]
  /** Sends the browser to the platform to sign in again; rejects when the server refuses. */
  onReconnect: (platform: PlatformId) => Promise<void>
  /** A post ended (or was filed): the history and the accounts may have changed. */
  onFinished: () => void
}) {
  const label = labelOf(platform)
  const ids = useId()
  const draft = useCaptionDraft(ad.id, platform)
  const check = useCaptionCheck(platform, draft.text, ad.id)
  const [chosenId, setChosenId] = useState<string | null>(null)
  const [visibility, setVisibility] = useState<Visibility>('public')
  const [posting, setPosting] = useState(false)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [current, setCurrent] = useState<Export | null>(null)
  const [pollError, setPollError] = useState<string | null>(null)
  const [reconnectError, setReconnectError] = useState<string | null>(null)

  const chosen = accounts.find((a) => a.id === chosenId) ?? accounts.find((a) => a.status === 'active') ?? accounts[0] ?? null
  const running = current != null && (current.status === 'queued' || current.status === 'running')

  // Follows the post on its way, about once a second, until it has ended.
  const onFinishedRef = useRef(onFinished)
  onFinishedRef.current = onFinished
  useEffect(() => {
    if (!current || !running) return
    let live = true
    const timer = setTimeout(() => {
      getExport(current.export_id).then(
        (next) => {
          if (!live) return
          setPollError(null)
          setCurrent(next)
          if (next.status === 'succeeded' || next.status === 'failed') onFinishedRef.current()
        },
        (e) => {
          if (!live) return
          setPollError(messageOf(e))
          // Read again on the next turn: a changed object restarts this effect.
          setCurrent((c) => (c ? { ...c } : c))
        },
      )
    }, POLL_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [current, running])

  const captionReady =
    draft.text.trim() !== '' && check.checkedText === draft.text && (check.check ? check.check.ok : check.error != null)
  // Just posted with this caption: another click would post it twice (X refuses a duplicate anyway).
  const justPosted = current?.status === 'succeeded' && current.caption === draft.text
  const canPost = chosen != null && chosen.status === 'active' && captionReady && !posting && !running && !justPosted

  const submit = async () => {
    if (!chosen) return
    setPosting(true)
    setRefusal(null)
    setCurrent(null)
    setPollError(null)
    try {
      // One click, one key: post() sends this same key again if the request is lost on the way.
      const x = await post(
        {
          platform,
          adId: ad.id,
          caption: draft.text,
          connectionId: chosen.id,
          visibility: platform === 'linkedin' ? visibility : undefined,
        },
        newUuid(),
      )
      setCurrent(x)
      onFinished()
    } catch (e) {
      setRefusal(placeRefusal(e))
      if (needsReconnect(e)) onFinished()
    } finally {
      setPosting(false)
    }
  }

  const reconnect = async () => {
    setReconnectError(null)
    try {
      await onReconnect(platform)
    } catch (e) {
      setReconnectError(messageOf(e))
    }
  }

  if (accounts.length === 0) {
    return <p className="text-sm text-slate-700">Connect {platform === 'x' ? 'an' : 'a'} {label} account above to post this ad there.</p>
  }

  return (
    <div className="space-y-3">
      {accounts.length > 1 && (
        <div>
          <label htmlFor={`${ids}-account`} className="mb-1 block text-sm font-medium text-slate-800">
            Post as
          </label>
          <select
            id={`${ids}-account`}
            value={chosen?.id ?? ''}
            onChange={(e) => setChosenId(e.target.value)}
            aria-invalid={refusal?.at === 'account' || undefined}
            aria-describedby={refusal?.at === 'account' ? `${ids}-account-error` : undefined}
            className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
          >
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {accountName(a)}
                {a.handle && a.name ? ` (${a.name})` : ''}
                {a.status === 'reconnect' ? ' – needs reconnecting' : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      {accounts.length === 1 && (
        <p className="text-sm text-slate-700">
          Posting as <span className="font-medium">{accountName(accounts[0])}</span>
        </p>
      )}
      {refusal?.at === 'account' && (
        <p id={`${ids}-account-error`} role="alert" className="text-sm text-red-700">
          {refusal.message}
        </p>
      )}
      {chosen?.status === 'reconnect' && (
        <p className="text-sm text-amber-900">
          {label} wants you to sign in again as {accountName(chosen)} before posting.{' '}
          <Button onClick={reconnect} className="ml-1 px-3 py-1">
            Reconnect {label}
          </Button>
        </p>
      )}
      <CaptionField
        platform={platform}
        value={draft.text}
        onChange={(t) => {
          draft.setText(t)
          if (refusal?.at === 'caption') setRefusal(null)
        }}
        state={check}
        error={refusal?.at === 'caption' ? refusal.message : null}
      />
      {platform === 'linkedin' && (
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-800">Who can see the post</legend>
          <div className="flex gap-4 text-sm">
            {(['public', 'connections'] as const).map((v) => (
              <label key={v} className="flex items-center gap-1">
                <input type="radio" name={`${ids}-visibility`} value={v} checked={visibility === v} onChange={() => setVisibility(v)} />
                {v === 'public' ? 'Anyone (public)' : 'Connections only'}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <PostPreview
        platform={platform}
        name={chosen?.name ?? null}
        handle={chosen?.handle ?? null}
        caption={draft.text}
        poster={ad.thumbnail_url}
        visibility={platform === 'linkedin' ? visibility : undefined}
      />
      <div>
        <Button onClick={submit} disabled={!canPost} aria-describedby={refusal?.at === 'post' ? `${ids}-post-error` : undefined}>
          <Send size={16} aria-hidden="true" /> {posting ? 'Posting…' : `Post to ${label}`}
        </Button>
        {refusal?.at === 'post' && (
          <div id={`${ids}-post-error`} role="alert" className="mt-2 text-sm text-red-700">
            <p>{refusal.message}</p>
            {refusal.reconnect && (
              <Button onClick={reconnect} className="mt-2">
                Reconnect {label}
              </Button>
            )}
          </div>
        )}
        {justPosted && <p className="mt-2 text-sm text-slate-600">Posted. Change the caption to post this ad again.</p>}
        {reconnectError && (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {reconnectError}
          </p>
        )}
      </div>
      {current && <PostProgress x={current} onReconnect={reconnect} />}
      {pollError && running && <p className="text-sm text-amber-800">Lost touch with the server ({pollError}); still trying.</p>}
    </div>
  )
}
