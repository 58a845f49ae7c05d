import { Plug, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { Button } from '../../components/ui/button'
import { messageOf } from '../../lib/api'
import type { Connection, ConnectionList, PlatformId } from '../../lib/publishing'
import { accountName } from '../../lib/publishing'

/**
 * One row per platform: Connect (or why it cannot be), and the accounts connected, each removable,
 * with "Reconnect" where the platform asks the user to sign in again. Errors stay by their button.
 */
export function ConnectedAccounts({
  list,
  onConnect,
  onRemove,
}: {
  list: ConnectionList
  /** Sends the browser to the platform; rejects when the server refuses. */
  onConnect: (platform: PlatformId) => Promise<void>
  onRemove: (connection: Connection) => Promise<void>
}) {
  return (
    <ul aria-label="Social accounts" className="mb-4 space-y-3">
      {list.platforms.map((p) => (
        <PlatformRow
          key={p.platform}
          platform={p.platform}
          label={p.label}
          configured={p.configured}
          accounts={list.connections.filter((c) => c.platform === p.platform)}
          onConnect={onConnect}
          onRemove={onRemove}
        />
      ))}
    </ul>
  )
}

function PlatformRow({
  platform,
  label,
  configured,
  accounts,
  onConnect,
  onRemove,
}: {
  platform: PlatformId
  label: string
  configured: boolean
  accounts: Connection[]
  onConnect: (platform: PlatformId) => Promise<void>
  onRemove: (connection: Connection) => Promise<void>
}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const why = `${platform}-connect-why`
  const connect = async () => {
    setBusy(true)
    setError(null)
    try {
      await onConnect(platform)
      // The browser is leaving for the platform; the button stays busy until it has gone.
    } catch (e) {
      setError(messageOf(e))
      setBusy(false)
    }
  }
  return (
    <li data-platform={platform} className="rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium">{label}</span>
        <Button
          variant={accounts.length > 0 ? 'secondary' : 'primary'}
          onClick={connect}
          disabled={!configured || busy}
          aria-describedby={configured ? undefined : why}
        >
          <Plug size={16} aria-hidden="true" /> {accounts.length > 0 ? `Connect another ${label} account` : `Connect ${label}`}
        </Button>
      </div>
      {!configured && (
        <p id={why} className="mt-1 text-sm text-slate-600">
          {label} is not set up on this server.
        </p>
      )}
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
      {accounts.length > 0 && (
        <ul aria-label={`Connected ${label} accounts`} className="mt-2 space-y-2">
          {accounts.map((c) => (
            <AccountRow key={c.id} connection={c} label={label} onReconnect={connect} onRemove={onRemove} busy={busy} />
          ))}
        </ul>
      )}
    </li>
  )
}

function AccountRow({
  connection: c,
  label,
  onReconnect,
  onRemove,
  busy,
}: {
  connection: Connection
  label: string
  onReconnect: () => void
  onRemove: (connection: Connection) => Promise<void>
  busy: boolean
}) {
  const [removing, setRemoving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const name = accountName(c)
  const remove = async () => {
    setRemoving(true)
    setError(null)
    try {
      await onRemove(c)
    } catch (e) {
      setError(messageOf(e))
      setRemoving(false)
    }
  }
  return (
    <li data-connection={c.id} className="text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{name}</span>
        {c.handle && c.name && <span className="text-slate-600">{c.name}</span>}
        {c.status === 'reconnect' ? (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">Needs reconnecting</span>
        ) : (
          <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900">Connected</span>
        )}
        <span className="ml-auto flex gap-1">
          {c.status === 'reconnect' && (
            <Button onClick={onReconnect} disabled={busy} className="px-3 py-1">
              Reconnect {name}
            </Button>
          )}
          <Button variant="ghost" onClick={remove} disabled={removing} aria-label={`Remove ${name}`} className="px-2 py-1">
            <Trash2 size={16} aria-hidden="true" /> Remove
          </Button>
        </span>
      </div>
      {c.status === 'reconnect' && (
        <p className="mt-1 text-amber-900">{label} wants you to sign in again before Zapcut can post as {name}.</p>
      )}
      {error && (
        <p role="alert" className="mt-1 text-red-700">
          {error}
        </p>
      )}
    </li>
  )
}
