import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, session } from './api'
import { newUuid, post, readConnectReturn, stepText, withoutConnectReturn } from './publishing'

const reply = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })

const running = { export_id: 'e1', platform: 'x', status: 'queued', step: null, progress: 0 }

describe('publishing', () => {
  const fetchMock = vi.fn<typeof fetch>()
  beforeEach(() => {
    session.save('access', 'refresh')
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
    localStorage.clear()
  })

  it('posts asynchronously under one Idempotency-Key, sent again only when the request was lost', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(reply(202, running))
    const x = await post({ platform: 'x', adId: 'a1', caption: 'Hello', connectionId: 'c1' }, 'key-1', [0])
    expect(x.export_id).toBe('e1')
    expect(fetchMock).toHaveBeenCalledTimes(2)
    for (const [path, init] of fetchMock.mock.calls) {
      expect(path).toBe('/v1/export/twitter')
      const h = new Headers(init?.headers)
      expect(h.get('Idempotency-Key')).toBe('key-1')
      expect(h.get('Prefer')).toBe('respond-async')
      expect(JSON.parse(String(init?.body))).toEqual({ ad_id: 'a1', caption: 'Hello', twitter_account_id: 'c1' })
    }
  })

  it('never repeats a request the server answered, and gives up after the last pause', async () => {
    fetchMock.mockResolvedValueOnce(reply(409, { type: 'https://zapcut.video/problems/reconnect-required', title: 'Reconnect', detail: 'sign in again' }))
    const refused = await post({ platform: 'x', adId: 'a1', caption: 'Hi' }, 'k', [0, 0]).catch((e) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect((refused as ApiError).type).toMatch(/reconnect-required$/)
    expect(fetchMock).toHaveBeenCalledTimes(1)

    fetchMock.mockReset()
    fetchMock.mockRejectedValue(new TypeError('offline'))
    await expect(post({ platform: 'x', adId: 'a1', caption: 'Hi' }, 'k', [0, 0])).rejects.toThrow('offline')
    expect(fetchMock).toHaveBeenCalledTimes(3)
  })

  it('sends LinkedIn its visibility and account', async () => {
    fetchMock.mockResolvedValueOnce(reply(202, { ...running, platform: 'linkedin' }))
    await post({ platform: 'linkedin', adId: 'a1', caption: 'Hi', visibility: 'connections', connectionId: 'c2' }, 'k')
    const [path, init] = fetchMock.mock.calls[0]
    expect(path).toBe('/v1/export/linkedin')
    expect(JSON.parse(String(init?.body))).toEqual({ ad_id: 'a1', caption: 'Hi', visibility: 'connections', linkedin_account_id: 'c2' })
  })

  it('reads what the sign-in said on the way back, and the address without it', () => {
    expect(readConnectReturn('?connected=x&connection=c1')).toEqual({ kind: 'connected', platform: 'x', connection: 'c1' })
    expect(readConnectReturn('?connect_error=X+did+not+grant+access&platform=x')).toEqual({
      kind: 'error',
      platform: 'x',
      message: 'X did not grant access',
    })
    expect(readConnectReturn('?tab=2')).toBeNull()
    expect(withoutConnectReturn('http://h/projects/p1?tab=2&connected=x&connection=c1#top')).toBe('/projects/p1?tab=2#top')
  })

  it('names each step of a post', () => {
    expect(stepText({ platform: 'x', status: 'running', step: 'fitting' })).toBe('Making the X version')
    expect(stepText({ platform: 'x', status: 'running', step: 'uploading' })).toBe('Uploading')
    expect(stepText({ platform: 'linkedin', status: 'running', step: 'processing' })).toBe('LinkedIn is processing')
    expect(stepText({ platform: 'x', status: 'running', step: 'posting' })).toBe('Posting')
  })

  it('makes version-4 UUIDs', () => {
    expect(newUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
