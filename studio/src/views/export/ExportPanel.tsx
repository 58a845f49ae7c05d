import { X as Close } from 'lucide-react'
import { useCallback, useEffect, useState } from 'react'
import { Card, CardTitle } from '../../components/ui/card'
import { messageOf } from '../../lib/api'
import type { Connection, ConnectionList, ConnectReturn, PlatformId } from '../../lib/publishing'
import { accountName, connect, forgetConnectReturn, labelOf, listConnections, removeConnection, takeConnectReturn } from '../../lib/publishing'
import type { Ad } from '../../lib/types'
import { ConnectedAccounts } from './ConnectedAccounts'
import { ExportHistory } from './ExportHistory'
import { PostComposer } from './PostComposer'

/** The Export step of a finished ad: connect accounts, write the caption, post, and see where it was posted. */
export function ExportPanel({ ad }: { ad: Ad }) {
  const [list, setList] = useState<ConnectionList | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [notice, setNotice] = useState<ConnectReturn | null>(() => takeConnectReturn())
  const [chosen, setChosen] = useState<PlatformId | null>(() => {
    const n = takeConnectReturn()
    return n?.platform === 'x' || n?.platform === 'linkedin' ? n.platform : null
  })
  const [version, setVersion] = useState(0)

  // The notice now belongs to this panel; another panel opened later does not repeat it.
  useEffect(() => forgetConnectReturn(), [])

  const reload = useCallback(async () => {
    try {
      setList(await listConnections())
      setLoadError(null)
    } catch (e) {
      setLoadError(messageOf(e))
    }
  }, [])
  useEffect(() => {
    void reload()
  }, [reload])

  // Back from the sign-in page, the studio shows this ad again (not the project's latest).
  const onConnect = useCallback((platform: PlatformId) => connect(platform, `${window.location.pathname}?ad=${ad.id}`), [ad.id])
  const onRemove = useCallback(
    async (c: Connection) => {
      await removeConnection(c.id)
      await reload()
    },
    [reload],
  )
  const onFinished = useCallback(() => {
    setVersion((v) => v + 1)
    void reload()
  }, [reload])

  // The platform to post to: the one chosen, else the first with an account, else the first set up.
  const platforms = list?.platforms ?? []
  const platform =
    chosen ??
    platforms.find((p) => list?.connections.some((c) => c.platform === p.platform))?.platform ??
    platforms.find((p) => p.configured)?.platform ??
    'x'

  return (
    <Card aria-labelledby="export-title">
      <CardTitle id="export-title">Post your ad</CardTitle>
      {notice && <ConnectNotice notice={notice} list={list} onDismiss={() => setNotice(null)} />}
      {loadError && (
        <p role="alert" className="mb-3 text-sm text-red-700">
          Your accounts could not be loaded: {loadError}
        </p>
      )}
      {list && (
        <>
          <ConnectedAccounts list={list} onConnect={onConnect} onRemove={onRemove} />
          <fieldset className="mb-3">
            <legend className="mb-1 text-sm font-medium text-slate-800">Post to</legend>
            <div className="inline-flex overflow-hidden rounded-md border border-slate-300">
              {platforms.map((p) => (
                <label
                  key={p.platform}
                  className={`cursor-pointer px-4 py-1.5 text-sm has-[:disabled]:cursor-not-allowed has-[:disabled]:text-slate-400 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand ${
                    platform === p.platform ? 'bg-brand text-white' : 'bg-white text-slate-800 hover:bg-slate-100'
                  }`}
                >
                  <input
                    type="radio"
                    name="export-platform"
                    value={p.platform}
                    checked={platform === p.platform}
                    // A platform not set up here cannot be posted to (accounts connected before still can).
                    disabled={!p.configured && !list.connections.some((c) => c.platform === p.platform)}
                    onChange={() => setChosen(p.platform)}
                    className="sr-only"
                  />
                  {p.label}
                </label>
              ))}
            </div>
          </fieldset>
          <PostComposer
            key={`${ad.id}:${platform}`}
            ad={ad}
            platform={platform}
            accounts={list.connections.filter((c) => c.platform === platform)}
            onReconnect={onConnect}
            onFinished={onFinished}
          />
        </>
      )}
      <ExportHistory adId={ad.id} version={version} />
    </Card>
  )
}

function ConnectNotice({ notice, list, onDismiss }: { notice: ConnectReturn; list: ConnectionList | null; onDismiss: () => void }) {
  const label = notice.platform ? labelOf(notice.platform) : 'The account'
  let text: string
  if (notice.kind === 'connected') {
    const c = list?.connections.find((x) => x.id === notice.connection)
    text = c ? `Connected ${accountName(c)} on ${label}.` : `${label} account connected.`
  } else {
    text = `${notice.platform ? `${label} was not connected` : 'Not connected'}: ${notice.message}`
  }
  const ok = notice.kind === 'connected'
  return (
    <div
      role={ok ? 'status' : 'alert'}
      className={`mb-3 flex items-start justify-between gap-2 rounded-md border p-3 text-sm ${
        ok ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-red-300 bg-red-50 text-red-900'
      }`}
    >
      <span>{text}</span>
      <button type="button" onClick={onDismiss} aria-label="Dismiss notice" className="rounded p-1 hover:bg-black/5">
        <Close size={16} aria-hidden="true" />
      </button>
    </div>
  )
}
