// The studio's HTTP client: bearer tokens kept in localStorage (so a reload stays signed in),
// one refresh with the rotating refresh token on a 401, problem+json errors as ApiError.

const ACCESS = 'zapcut.access'
const REFRESH = 'zapcut.refresh'
const EMAIL = 'zapcut.email'

export class ApiError extends Error {
  readonly status: number
  readonly detail: string
  readonly errors: { field: string; message: string }[]
  /** The problem's `type` URI ('' when the body said none), e.g. ending in `/reconnect-required`. */
  readonly type: string
  /** The whole problem body, for members some callers read (`export_id`, `violations`). */
  readonly body: Record<string, unknown>

  constructor(
    status: number,
    title: string,
    detail: string,
    errors: { field: string; message: string }[] = [],
    type = '',
    body: Record<string, unknown> = {},
  ) {
    super(detail || title)
    this.status = status
    this.detail = detail || title
    this.errors = errors
    this.type = type
    this.body = body
  }
}

type Listener = (signedIn: boolean) => void
const listeners = new Set<Listener>()

export const session = {
  accessToken: () => localStorage.getItem(ACCESS),
  refreshToken: () => localStorage.getItem(REFRESH),
  email: () => localStorage.getItem(EMAIL),
  save(access: string, refresh: string, email?: string) {
    localStorage.setItem(ACCESS, access)
    localStorage.setItem(REFRESH, refresh)
    if (email) localStorage.setItem(EMAIL, email)
  },
  clear() {
    localStorage.removeItem(ACCESS)
    localStorage.removeItem(REFRESH)
    localStorage.removeItem(EMAIL)
    listeners.forEach((l) => l(false))
  },
  onChange(l: Listener) {
    listeners.add(l)
    return () => listeners.delete(l)
  },
}

async function problemOf(response: Response): Promise<ApiError> {
  let title = response.statusText || `HTTP ${response.status}`
  let detail = ''
  let errors: { field: string; message: string }[] = []
  let type = ''
  let whole: Record<string, unknown> = {}
  try {
    const body = await response.json()
    title = body.title ?? title
    detail = body.detail ?? ''
    if (Array.isArray(body.errors)) errors = body.errors
    if (typeof body.type === 'string') type = body.type
    if (body && typeof body === 'object') whole = body
  } catch {
    // not a problem body
  }
  return new ApiError(response.status, title, detail, errors, type, whole)
}

let refreshing: Promise<boolean> | null = null

/** Trades the refresh token for new tokens once, however many requests failed together. */
function refresh(): Promise<boolean> {
  if (!refreshing) {
    refreshing = (async () => {
      const token = session.refreshToken()
      if (!token) return false
      const r = await fetch('/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refresh_token: token }),
      })
      if (!r.ok) return false
      const body = await r.json()
      session.save(body.access_token, body.refresh_token)
      return true
    })().finally(() => {
      refreshing = null
    })
  }
  return refreshing
}

/** fetch() with the bearer token; on 401 refreshes once and retries, else signs out. */
export async function authFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const attempt = () => {
    const headers = new Headers(init.headers)
    const token = session.accessToken()
    if (token) headers.set('Authorization', `Bearer ${token}`)
    return fetch(path, { ...init, headers })
  }
  let response = await attempt()
  if (response.status === 401) {
    if (await refresh()) response = await attempt()
    if (response.status === 401) session.clear()
  }
  return response
}

export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await authFetch(path, init)
  if (!response.ok) throw await problemOf(response)
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

export function json<T>(method: string, path: string, body?: unknown): Promise<T> {
  return request<T>(path, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

export async function signIn(kind: 'signup' | 'login', email: string, password: string) {
  const r = await fetch(`/v1/auth/${kind}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!r.ok) throw await problemOf(r)
  const body = await r.json()
  session.save(body.access_token, body.refresh_token, body.email ?? email)
  listeners.forEach((l) => l(true))
}

/**
 * Signs out: first asks the server to end this sign-in, so its tokens stop working everywhere at
 * once (a copy left in another tab or stolen is dead too), then forgets them. An expired access
 * token is refreshed once on the way, as for any request. The tokens are dropped even when the
 * server cannot be reached.
 */
export async function signOut(): Promise<void> {
  try {
    const refreshToken = session.refreshToken()
    if (refreshToken !== null || session.accessToken() !== null) {
      await authFetch('/v1/auth/logout', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(refreshToken === null ? {} : { refresh_token: refreshToken }),
      })
    }
  } catch {
    // Offline: nothing more to do here; the sign-in ends on the server when its refresh token expires.
  } finally {
    session.clear()
  }
}

/** A protected image or file as an object URL (for <img src>), since it needs the bearer header. */
export async function objectUrl(path: string): Promise<string> {
  const r = await authFetch(path)
  if (!r.ok) throw await problemOf(r)
  return URL.createObjectURL(await r.blob())
}

export function messageOf(e: unknown): string {
  if (e instanceof ApiError) {
    // The server's detail usually already says every field's message: repeating them would say each twice.
    const unsaid = e.errors.filter((f) => !e.detail.includes(f.message))
    const fields = unsaid.map((f) => `${f.field} ${f.message}`).join('; ')
    return fields ? `${e.detail} (${fields})` : e.detail
  }
  return e instanceof Error ? e.message : String(e)
}

/** A failure split by where the studio shows it: next to the control of each named field, or in one general place. */
export interface PlacedError {
  /** Messages by the problem's `errors[].field` (e.g. "audience", "scenes[2].duration_seconds"). */
  fields: Record<string, string>
  /** What names no field the caller shows, or null. */
  general: string | null
}

/**
 * Splits an error by its problem+json `errors[].field`, so each message can appear beside the control
 * that caused it. `shown` says which fields the caller has a place for; the rest stay in the general
 * message, so nothing the server said is dropped.
 */
export function placeError(e: unknown, shown: (field: string) => boolean): PlacedError {
  if (!(e instanceof ApiError) || e.errors.length === 0) return { fields: {}, general: messageOf(e) }
  const fields: Record<string, string> = {}
  const elsewhere: string[] = []
  for (const f of e.errors) {
    if (shown(f.field)) fields[f.field] = fields[f.field] ? `${fields[f.field]}; ${f.message}` : f.message
    else elsewhere.push(f.field ? `${f.field} ${f.message}` : f.message)
  }
  const general = elsewhere.length > 0 ? `${e.detail} (${elsewhere.join('; ')})` : Object.keys(fields).length === 0 ? e.detail : null
  return { fields, general }
}
