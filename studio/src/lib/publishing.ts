// Publishing a finished ad (issue 15): connected accounts, the caption check, exports. The server is
// the one rulebook (caption length, safety, which account); the studio shows what it says.
import { ApiError, json, request } from './api'

export type PlatformId = 'x' | 'linkedin'

export interface Connection {
  id: string
  platform: PlatformId
  account_id: string
  name: string | null
  handle: string | null
  scopes: string[]
  expires_at: string | null
  status: 'active' | 'reconnect'
  connected_at: string
}

export interface PlatformInfo {
  platform: PlatformId
  label: string
  configured: boolean
}

export interface ConnectionList {
  connections: Connection[]
  platforms: PlatformInfo[]
}

export interface Violation {
  category: string
  severity: string
  scene: number | null
  description: string
  line: string | null
}

export interface CaptionCheck {
  platform: PlatformId
  length: number
  limit: number
  ok: boolean
  problems: string[]
  violations: Violation[]
}

export type Visibility = 'public' | 'connections'

export interface Export {
  export_id: string
  ad_id: string
  platform: PlatformId
  account: { connection_id: string | null; id: string | null; name: string | null; handle: string | null }
  caption: string
  visibility: Visibility | null
  status: 'queued' | 'running' | 'succeeded' | 'failed'
  step: 'fitting' | 'uploading' | 'processing' | 'posting' | null
  progress: number
  attempts: number
  post_id: string | null
  post_url: string | null
  posted_at: string | null
  error: { code: string; detail: string } | null
  status_url: string
  created_at: string
  updated_at: string
}

export const PLATFORM_LABELS: Record<PlatformId, string> = { x: 'X', linkedin: 'LinkedIn' }

export const labelOf = (platform: string) => PLATFORM_LABELS[platform as PlatformId] ?? platform

export const listConnections = () => request<ConnectionList>('/v1/connections')

export const removeConnection = (id: string) => request<void>(`/v1/connections/${encodeURIComponent(id)}`, { method: 'DELETE' })

/** Starts connecting (or reconnecting) an account: the browser leaves for the platform and comes back to `returnTo`. */
export async function connect(platform: PlatformId, returnTo: string = window.location.pathname): Promise<void> {
  const { authorize_url } = await json<{ authorize_url: string }>('POST', `/v1/connections/${platform}/authorize`, { return_to: returnTo })
  browser.assign(authorize_url)
}

/** Leaving the page (a seam for tests: jsdom cannot navigate). */
export const browser = { assign: (url: string) => window.location.assign(url) }

export const checkCaption = (platform: PlatformId, caption: string, adId?: string, signal?: AbortSignal) =>
  request<CaptionCheck>('/v1/export/captions/check', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ platform, caption, ...(adId ? { ad_id: adId } : {}) }),
    signal,
  })

export const getExport = (id: string) => request<Export>(`/v1/exports/${encodeURIComponent(id)}`)

export const adExports = (adId: string) => request<{ exports: Export[] }>(`/v1/ads/${encodeURIComponent(adId)}/exports`)

export interface PostOrder {
  platform: PlatformId
  adId: string
  caption: string
  /** A connection id; omitted when only one account of the platform is connected. */
  connectionId?: string
  visibility?: Visibility
}

/** A random UUID, also where crypto.randomUUID is missing (a page served over plain HTTP to another host). */
export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = (b[6] & 0x0f) | 0x40
  b[8] = (b[8] & 0x3f) | 0x80
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** Pauses between attempts of one click's request when the network failed (the same Idempotency-Key each time). */
export const RETRY_DELAYS_MS = [1000, 3000]

/**
 * Files the post and answers the export to follow (202, `Prefer: respond-async`). One click is one
 * Idempotency-Key: a request lost on the network is sent again with the same key, so the server
 * never posts it twice.
 */
export async function post(order: PostOrder, key: string = newUuid(), delays: number[] = RETRY_DELAYS_MS): Promise<Export> {
  const body =
    order.platform === 'x'
      ? { ad_id: order.adId, caption: order.caption, ...(order.connectionId ? { twitter_account_id: order.connectionId } : {}) }
      : {
          ad_id: order.adId,
          caption: order.caption,
          visibility: order.visibility ?? 'public',
          ...(order.connectionId ? { linkedin_account_id: order.connectionId } : {}),
        }
  const path = order.platform === 'x' ? '/v1/export/twitter' : '/v1/export/linkedin'
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await request<Export | { export_id: string }>(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, Prefer: 'respond-async' },
        body: JSON.stringify(body),
      })
      // A server that answered at once (it ignored the preference) still names the export to read.
      return 'status' in answer ? answer : await getExport(answer.export_id)
    } catch (e) {
      // A problem is the server's answer; only a request that never got one is sent again.
      if (e instanceof ApiError || attempt >= delays.length) throw e
      await new Promise((r) => setTimeout(r, delays[attempt]))
    }
  }
}

/** The last part of a problem's type URI: "reconnect-required", "not-connected"… */
export const problemKind = (e: unknown) => (e instanceof ApiError ? (e.type.split('/').pop() ?? '') : '')

/** True when the failure is cured by connecting the account again. */
export function needsReconnect(e: unknown): boolean {
  return problemKind(e) === 'reconnect-required'
}

export const exportNeedsReconnect = (x: Export) => x.error?.code === 'reconnect_required' || x.error?.code === 'connection_removed'

/** What is happening now, in the words the studio shows. */
export function stepText(x: Pick<Export, 'platform' | 'status' | 'step'>): string {
  const label = labelOf(x.platform)
  if (x.status === 'succeeded') return `Posted to ${label}`
  if (x.status === 'failed') return 'Not posted'
  switch (x.step) {
    case 'fitting':
      return `Making the ${label} version`
    case 'uploading':
      return 'Uploading'
    case 'processing':
      return `${label} is processing`
    case 'posting':
      return 'Posting'
    default:
      return x.status === 'queued' ? 'Waiting to start' : 'Starting'
  }
}

/** How an account is named: @handle where the platform has handles, else its name. */
export const accountName = (a: { handle: string | null; name: string | null; id?: string | null }) =>
  a.handle ? `@${a.handle}` : (a.name ?? a.id ?? 'account')

/** What the platform's sign-in page told the studio on the way back, read off the URL. */
export type ConnectReturn =
  | { kind: 'connected'; platform: string; connection: string | null }
  | { kind: 'error'; platform: string | null; message: string }

const RETURN_PARAMS = ['connected', 'connection', 'connect_error', 'platform']

/** Reads `?connected=x&connection=..` or `?connect_error=..&platform=..`; null when neither is there. */
export function readConnectReturn(search: string): ConnectReturn | null {
  const q = new URLSearchParams(search)
  const connected = q.get('connected')
  if (connected) return { kind: 'connected', platform: connected, connection: q.get('connection') }
  const error = q.get('connect_error')
  if (error !== null) return { kind: 'error', platform: q.get('platform'), message: error || 'the account was not connected' }
  return null
}

/** The same URL without the connect-return parameters (other parameters and the hash kept). */
export function withoutConnectReturn(href: string): string {
  const u = new URL(href)
  for (const p of RETURN_PARAMS) u.searchParams.delete(p)
  return u.pathname + u.search + u.hash
}

let returned: ConnectReturn | null = null

/**
 * What the platform's sign-in said on the way back, taken off the address bar (so a reload or a
 * shared link does not say it again) and kept until a panel shows it. Safe to call more than once.
 */
export function takeConnectReturn(): ConnectReturn | null {
  if (typeof window === 'undefined') return returned
  const found = readConnectReturn(window.location.search)
  if (found) {
    returned = found
    window.history.replaceState(window.history.state, '', withoutConnectReturn(window.location.href))
  }
  return returned
}

/** The notice was shown: a panel opened later does not repeat it. */
export function forgetConnectReturn(): void {
  returned = null
}
