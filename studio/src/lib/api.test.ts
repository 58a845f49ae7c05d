import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { session, signOut } from './api'

function reply(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
  })
}

describe('signOut', () => {
  const fetchMock = vi.fn<typeof fetch>()

  beforeEach(() => {
    localStorage.clear()
    session.save('access-1', 'refresh-1', 'ada@example.com')
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
  })

  it('ends the sign-in on the server before dropping the tokens', async () => {
    let tokensWhenCalled: (string | null)[] = []
    fetchMock.mockImplementation(async () => {
      tokensWhenCalled = [session.accessToken(), session.refreshToken()]
      return reply(204)
    })

    await signOut()

    expect(fetchMock).toHaveBeenCalledTimes(1)
    const [path, init] = fetchMock.mock.calls[0]
    expect(path).toBe('/v1/auth/logout')
    expect(init?.method).toBe('POST')
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer access-1')
    expect(JSON.parse(String(init?.body))).toEqual({ refresh_token: 'refresh-1' })
    expect(tokensWhenCalled).toEqual(['access-1', 'refresh-1'])
    expect([session.accessToken(), session.refreshToken(), session.email()]).toEqual([null, null, null])
  })

  it('refreshes an expired access token once to sign out with it', async () => {
    fetchMock
      .mockResolvedValueOnce(reply(401, { title: 'Unauthorized', detail: 'expired' }))
      .mockResolvedValueOnce(reply(200, { access_token: 'access-2', refresh_token: 'refresh-2', expires_in: 3600 }))
      .mockResolvedValueOnce(reply(204))

    await signOut()

    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['/v1/auth/logout', '/v1/auth/refresh', '/v1/auth/logout'])
    expect(new Headers(fetchMock.mock.calls[2][1]?.headers).get('Authorization')).toBe('Bearer access-2')
    expect(session.refreshToken()).toBeNull()
  })

  it('drops the tokens even when the server cannot be reached', async () => {
    const signedIn: boolean[] = []
    const stop = session.onChange((s) => signedIn.push(s))
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))

    await signOut()
    stop()

    expect(session.accessToken()).toBeNull()
    expect(session.refreshToken()).toBeNull()
    expect(signedIn).toEqual([false])
  })
})

describe('messageOf', () => {
  it('says each field message once when the detail already holds it, and adds the ones it does not', async () => {
    const { ApiError, messageOf } = await import('./api')
    const said = new ApiError(400, 'Invalid request', 'password must be at least 12 characters', [
      { field: 'password', message: 'must be at least 12 characters' },
    ])
    expect(messageOf(said)).toBe('password must be at least 12 characters')
    const more = new ApiError(400, 'Invalid request', 'The request is invalid', [{ field: 'email', message: 'is not an email address' }])
    expect(messageOf(more)).toBe('The request is invalid (email is not an email address)')
  })
})
