import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { session } from '../../lib/api'
import type { Connection, ConnectionList, Export } from '../../lib/publishing'
import { browser, takeConnectReturn } from '../../lib/publishing'
import type { Ad } from '../../lib/types'
import { ExportPanel } from './ExportPanel'

const ad: Ad = {
  id: 'a1',
  project_id: 'p1',
  video_url: '/v1/ads/a1/video?signature=s',
  thumbnail_url: '/v1/ads/a1/thumbnail?signature=t',
  duration_seconds: 15,
  aspect_ratio: '16:9',
  resolution: '1920x1080',
  file_size_bytes: 1000,
  generation_duration_seconds: 30,
  api_cost_cents: 0,
  created_at: '',
}

const luna: Connection = {
  id: 'c1',
  platform: 'x',
  account_id: '1001',
  name: 'Luna Coffee',
  handle: 'lunacoffee',
  scopes: [],
  expires_at: null,
  status: 'active',
  connected_at: '2026-07-01T10:00:00Z',
}

const exportOf = (over: Partial<Export>): Export => ({
  export_id: 'e1',
  ad_id: 'a1',
  platform: 'x',
  account: { connection_id: 'c1', id: '1001', name: 'Luna Coffee', handle: 'lunacoffee' },
  caption: 'Calm focus',
  visibility: null,
  status: 'queued',
  step: null,
  progress: 0,
  attempts: 1,
  post_id: null,
  post_url: null,
  posted_at: null,
  error: null,
  status_url: '/v1/exports/e1',
  created_at: '2026-07-01T10:00:00Z',
  updated_at: '2026-07-01T10:00:00Z',
  ...over,
})

function reply(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })
}

const problem = (status: number, kind: string, detail: string, more: Record<string, unknown> = {}) =>
  reply(status, { type: `https://zapcut.video/problems/${kind}`, title: kind, status, detail, ...more })

/** A small fake of the publishing API; tests replace the parts they are about. */
function fakeServer(over: {
  list?: ConnectionList
  post?: (body: Record<string, unknown>, headers: Headers) => Response
  exports?: Export[]
  polls?: Export[]
} = {}) {
  let list: ConnectionList = over.list ?? {
    connections: [luna],
    platforms: [
      { platform: 'x', label: 'X', configured: true },
      { platform: 'linkedin', label: 'LinkedIn', configured: false },
    ],
  }
  const polls = [...(over.polls ?? [])]
  const calls: { method: string; path: string; body: Record<string, unknown> | null; headers: Headers }[] = []
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const path = String(input)
    const method = init?.method ?? 'GET'
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : null
    const headers = new Headers(init?.headers)
    calls.push({ method, path, body, headers })
    if (path === '/v1/connections' && method === 'GET') return reply(200, list)
    if (path.startsWith('/v1/connections/') && method === 'DELETE') {
      const id = path.split('/').pop()
      list = { ...list, connections: list.connections.filter((c) => c.id !== id) }
      return reply(204)
    }
    if (path.endsWith('/authorize')) return reply(200, { authorize_url: 'https://x.example/authorize?state=s1', expires_at: '' })
    if (path === '/v1/export/captions/check') {
      const caption = String(body?.caption ?? '')
      const limit = body?.platform === 'x' ? 280 : 3000
      const problems = [
        ...(caption.trim() === '' ? ['the caption is empty'] : []),
        ...(caption.length > limit ? [`X takes ${limit} characters as X counts them; this caption is ${caption.length}`] : []),
      ]
      const violations = caption.includes('cures')
        ? [{ category: 'health_claim', severity: 'block', scene: null, description: 'a health claim the ad cannot make', line: caption }]
        : []
      return reply(200, { platform: body?.platform, length: caption.length, limit, ok: problems.length + violations.length === 0, problems, violations })
    }
    if (path === '/v1/export/twitter' || path === '/v1/export/linkedin') {
      return over.post ? over.post(body ?? {}, headers) : reply(202, exportOf({ caption: String(body?.caption) }))
    }
    if (path.startsWith('/v1/exports/')) return reply(200, polls.length > 1 ? polls.shift() : polls[0])
    if (path === '/v1/ads/a1/exports') return reply(200, { exports: over.exports ?? [] })
    return reply(404, { detail: `no fake for ${method} ${path}` })
  })
  vi.stubGlobal('fetch', fetchMock)
  return { calls, fetchMock }
}

const caption = () => screen.getByLabelText('Caption for X') as HTMLTextAreaElement
const postButton = () => screen.getByRole('button', { name: /post to x/i })

describe('ExportPanel', () => {
  beforeEach(() => {
    session.save('access', 'refresh')
    window.history.replaceState(null, '', '/projects/p1')
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    localStorage.clear()
  })

  it('shows each platform: Connect where it is set up, why not where it is not, and the accounts connected', async () => {
    fakeServer()
    render(<ExportPanel ad={ad} />)
    const x = await screen.findByRole('list', { name: 'Connected X accounts' })
    expect(within(x).getByText('@lunacoffee')).toBeTruthy()
    expect(screen.getByRole('button', { name: /connect another x account/i })).toHaveProperty('disabled', false)
    const linkedin = screen.getByRole('button', { name: /connect linkedin/i })
    expect(linkedin).toHaveProperty('disabled', true)
    expect(screen.getByText('LinkedIn is not set up on this server.')).toBeTruthy()
    expect(screen.getByRole('radio', { name: 'LinkedIn' })).toHaveProperty('disabled', true)
    expect(linkedin.getAttribute('aria-describedby')).toBe('linkedin-connect-why')
    expect(await screen.findByText('This ad has not been posted yet.')).toBeTruthy()
  })

  it('Connect asks for the sign-in page, coming back to this page, and goes there', async () => {
    const { calls } = fakeServer({ list: { connections: [], platforms: [{ platform: 'x', label: 'X', configured: true }] } })
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {})
    render(<ExportPanel ad={ad} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Connect X' }))
    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://x.example/authorize?state=s1'))
    const asked = calls.find((c) => c.path === '/v1/connections/x/authorize')
    expect(asked?.method).toBe('POST')
    expect(asked?.body).toEqual({ return_to: '/projects/p1?ad=a1' })
    expect(screen.getByText('Connect an X account above to post this ad there.')).toBeTruthy()
  })

  it('says the account was connected on the way back, and takes the note off the address', async () => {
    fakeServer()
    window.history.replaceState(null, '', '/projects/p1?connected=x&connection=c1')
    takeConnectReturn()
    expect(window.location.pathname + window.location.search).toBe('/projects/p1')
    render(<ExportPanel ad={ad} />)
    expect(await screen.findByText('Connected @lunacoffee on X.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss notice' }))
    expect(screen.queryByText('Connected @lunacoffee on X.')).toBeNull()
  })

  it('says why connecting failed', async () => {
    fakeServer()
    window.history.replaceState(null, '', '/projects/p1?connect_error=X+did+not+grant+access+(access_denied)&platform=x')
    render(<ExportPanel ad={ad} />)
    expect((await screen.findByRole('alert')).textContent).toContain('X was not connected: X did not grant access (access_denied)')
    expect(window.location.search).toBe('')
  })

  it('removes an account, and offers Reconnect where the platform asks for it', async () => {
    const stale = { ...luna, id: 'c2', handle: 'lunaroasters', name: 'Luna Roasters', status: 'reconnect' as const }
    fakeServer({
      list: { connections: [luna, stale], platforms: [{ platform: 'x', label: 'X', configured: true }] },
    })
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {})
    render(<ExportPanel ad={ad} />)
    expect(await screen.findByText('Needs reconnecting')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Reconnect @lunaroasters' }))
    await waitFor(() => expect(assign).toHaveBeenCalled())
    fireEvent.click(screen.getByRole('button', { name: 'Remove @lunacoffee' }))
    await waitFor(() => expect(screen.queryByText('@lunacoffee')).toBeNull())
  })

  it('counts the caption as the server does, after a pause in typing; over the limit it is red and Post is off', async () => {
    const { calls } = fakeServer()
    render(<ExportPanel ad={ad} />)
    fireEvent.change(await screen.findByLabelText('Caption for X'), { target: { value: 'Calm focus,\nall morning.' } })
    await waitFor(() => expect(screen.getByTestId('caption-count').textContent).toBe('24 / 280'))
    expect(calls.filter((c) => c.path === '/v1/export/captions/check').at(-1)?.body).toEqual({
      platform: 'x',
      caption: 'Calm focus,\nall morning.',
      ad_id: 'a1',
    })
    expect(postButton()).toHaveProperty('disabled', false)
    // The preview keeps the line break, and shows the account.
    const preview = screen.getByRole('figure', { name: 'Preview of the X post' })
    expect(within(preview).getByTestId('preview-caption').textContent).toBe('Calm focus,\nall morning.')
    expect(within(preview).getByText('Luna Coffee')).toBeTruthy()
    expect(within(preview).getByRole('img').getAttribute('src')).toBe(ad.thumbnail_url)

    fireEvent.change(caption(), { target: { value: 'x'.repeat(290) } })
    // Until the server has counted the new text, Post waits.
    expect(postButton()).toHaveProperty('disabled', true)
    await waitFor(() => expect(screen.getByTestId('caption-count').textContent).toBe('290 / 280'))
    expect(screen.getByTestId('caption-count').className).toContain('text-red-700')
    expect(screen.getByText(/X takes 280 characters/)).toBeTruthy()
    expect(caption().getAttribute('aria-invalid')).toBe('true')
    expect(postButton()).toHaveProperty('disabled', true)
  })

  it('shows what the safety check found under the caption', async () => {
    fakeServer()
    render(<ExportPanel ad={ad} />)
    fireEvent.change(await screen.findByLabelText('Caption for X'), { target: { value: 'Luna cures tiredness' } })
    const list = await screen.findByRole('list', { name: 'Safety check' })
    expect(list.textContent).toContain('a health claim the ad cannot make')
    expect(postButton()).toHaveProperty('disabled', true)
  })

  it('posts once per click, follows the steps, then links the post and lists it in the history', async () => {
    const posted = exportOf({
      status: 'succeeded',
      step: null,
      progress: 100,
      post_id: '1790000000000000001',
      post_url: 'https://x.com/lunacoffee/status/1790000000000000001',
      posted_at: '2026-07-01T10:01:00Z',
    })
    let history: Export[] = []
    const { calls } = fakeServer({
      post: (body) => reply(202, exportOf({ caption: String(body.caption), status: 'running', step: 'fitting', progress: 10 })),
      polls: [exportOf({ status: 'running', step: 'processing', progress: 60 }), posted],
      get exports() {
        return history
      },
    })
    render(<ExportPanel ad={ad} />)
    fireEvent.change(await screen.findByLabelText('Caption for X'), { target: { value: 'Calm focus' } })
    await waitFor(() => expect(postButton()).toHaveProperty('disabled', false))
    fireEvent.click(postButton())
    expect((await screen.findByTestId('post-step')).textContent).toBe('Making the X version (10%)')
    expect(screen.getByRole('progressbar', { name: 'Posting to X' }).getAttribute('aria-valuenow')).toBe('10')
    expect(postButton()).toHaveProperty('disabled', true)
    await waitFor(() => expect(screen.getByTestId('post-step').textContent).toBe('X is processing (60%)'), { timeout: 2500 })
    history = [posted]
    const link = await screen.findByRole('link', { name: /view the post on x/i }, { timeout: 2500 })
    expect(link.getAttribute('href')).toBe('https://x.com/lunacoffee/status/1790000000000000001')
    expect(link.getAttribute('target')).toBe('_blank')
    const entries = await screen.findByRole('list', { name: 'Posting history' })
    expect(within(entries).getByText('Posted')).toBeTruthy()
    expect(within(entries).getByRole('link').getAttribute('href')).toBe(posted.post_url)

    const posts = calls.filter((c) => c.path === '/v1/export/twitter')
    expect(posts).toHaveLength(1)
    expect(posts[0].body).toEqual({ ad_id: 'a1', caption: 'Calm focus', twitter_account_id: 'c1' })
    expect(posts[0].headers.get('Prefer')).toBe('respond-async')
    expect(posts[0].headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    // The same caption is not posted twice by a second click; a changed one may be.
    expect(postButton()).toHaveProperty('disabled', true)
    expect(screen.getByText('Posted. Change the caption to post this ad again.')).toBeTruthy()
  })

  it('a post refused for an expired sign-in says so by the Post button, with Reconnect', async () => {
    fakeServer({ post: () => problem(409, 'reconnect-required', 'X wants you to sign in again as @lunacoffee') })
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {})
    render(<ExportPanel ad={ad} />)
    fireEvent.change(await screen.findByLabelText('Caption for X'), { target: { value: 'Calm focus' } })
    await waitFor(() => expect(postButton()).toHaveProperty('disabled', false))
    fireEvent.click(postButton())
    const alert = await screen.findByText('X wants you to sign in again as @lunacoffee')
    fireEvent.click(within(alert.parentElement!).getByRole('button', { name: 'Reconnect X' }))
    await waitFor(() => expect(assign).toHaveBeenCalled())
    // The caption is kept (also in this browser, for the way back from the sign-in page).
    expect(caption().value).toBe('Calm focus')
    expect(localStorage.getItem('zapcut.caption.a1.x')).toBe('Calm focus')
  })

  it('a refusal about the caption is shown under the caption', async () => {
    fakeServer({
      post: () => problem(422, 'safety-blocked', 'the caption makes a claim the ad cannot make', { violations: [] }),
    })
    render(<ExportPanel ad={ad} />)
    fireEvent.change(await screen.findByLabelText('Caption for X'), { target: { value: 'Calm focus' } })
    await waitFor(() => expect(postButton()).toHaveProperty('disabled', false))
    fireEvent.click(postButton())
    expect(await screen.findByText('the caption makes a claim the ad cannot make')).toBeTruthy()
    expect(caption().getAttribute('aria-invalid')).toBe('true')
  })

  it('a post that failed on the platform shows its error and offers Reconnect when that cures it', async () => {
    fakeServer({
      post: () => reply(202, exportOf({ status: 'running', step: 'uploading', progress: 30 })),
      polls: [exportOf({ status: 'failed', error: { code: 'reconnect_required', detail: 'X no longer accepts the sign-in of @lunacoffee' } })],
    })
    render(<ExportPanel ad={ad} />)
    fireEvent.change(await screen.findByLabelText('Caption for X'), { target: { value: 'Calm focus' } })
    await waitFor(() => expect(postButton()).toHaveProperty('disabled', false))
    fireEvent.click(postButton())
    expect(await screen.findByText('X no longer accepts the sign-in of @lunacoffee', {}, { timeout: 2500 })).toBeTruthy()
    expect(within(screen.getByTestId('post-progress')).getByRole('button', { name: 'Reconnect X' })).toBeTruthy()
  })

  it('asks which account when several are connected, and posts as the one chosen', async () => {
    const roasters = { ...luna, id: 'c2', account_id: '1002', handle: 'lunaroasters', name: 'Luna Roasters' }
    const { calls } = fakeServer({ list: { connections: [luna, roasters], platforms: [{ platform: 'x', label: 'X', configured: true }] } })
    render(<ExportPanel ad={ad} />)
    fireEvent.change(await screen.findByLabelText('Post as'), { target: { value: 'c2' } })
    fireEvent.change(caption(), { target: { value: 'Calm focus' } })
    expect(within(screen.getByRole('figure')).getByText('Luna Roasters')).toBeTruthy()
    await waitFor(() => expect(postButton()).toHaveProperty('disabled', false))
    fireEvent.click(postButton())
    await screen.findByTestId('post-progress')
    expect(calls.find((c) => c.path === '/v1/export/twitter')?.body?.twitter_account_id).toBe('c2')
  })

  it('LinkedIn: its own caption, and who may see the post', async () => {
    const me = { ...luna, id: 'l1', platform: 'linkedin' as const, handle: null, name: 'Ada Lovelace' }
    const { calls } = fakeServer({
      list: {
        connections: [luna, me],
        platforms: [
          { platform: 'x', label: 'X', configured: true },
          { platform: 'linkedin', label: 'LinkedIn', configured: true },
        ],
      },
      post: (body) => reply(202, exportOf({ platform: 'linkedin', caption: String(body.caption) })),
    })
    render(<ExportPanel ad={ad} />)
    fireEvent.change(await screen.findByLabelText('Caption for X'), { target: { value: 'For X' } })
    fireEvent.click(screen.getByRole('radio', { name: 'LinkedIn' }))
    const box = screen.getByLabelText('Caption for LinkedIn') as HTMLTextAreaElement
    expect(box.value).toBe('')
    fireEvent.change(box, { target: { value: 'For LinkedIn' } })
    fireEvent.click(screen.getByRole('radio', { name: 'Connections only' }))
    expect(within(screen.getByRole('figure')).getByText('Connections only')).toBeTruthy()
    await waitFor(() => expect(screen.getByTestId('caption-count').textContent).toBe('12 / 3000'))
    fireEvent.click(screen.getByRole('button', { name: /post to linkedin/i }))
    await screen.findByTestId('post-progress')
    expect(calls.find((c) => c.path === '/v1/export/linkedin')?.body).toEqual({
      ad_id: 'a1',
      caption: 'For LinkedIn',
      visibility: 'connections',
      linkedin_account_id: 'l1',
    })
    // Back on X, its caption is as it was left.
    fireEvent.click(screen.getByRole('radio', { name: 'X' }))
    expect(caption().value).toBe('For X')
  })

  it('keeps the caption typed when the panel is opened again (another ad, a reload)', async () => {
    fakeServer()
    const first = render(<ExportPanel ad={ad} />)
    fireEvent.change(await screen.findByLabelText('Caption for X'), { target: { value: 'Draft in progress' } })
    first.unmount()
    render(<ExportPanel ad={ad} />)
    expect(((await screen.findByLabelText('Caption for X')) as HTMLTextAreaElement).value).toBe('Draft in progress')
  })

  it('lists the history newest first, with the link or the error', async () => {
    fakeServer({
      exports: [
        exportOf({ export_id: 'e2', status: 'failed', error: { code: 'platform_rejected', detail: 'X refused the video: too long' } }),
        exportOf({ export_id: 'e1', status: 'succeeded', post_url: 'https://x.com/lunacoffee/status/1', posted_at: '2026-07-01T10:01:00Z' }),
      ],
    })
    render(<ExportPanel ad={ad} />)
    const items = within(await screen.findByRole('list', { name: 'Posting history' })).getAllByRole('listitem')
    expect(items[0].textContent).toContain('Failed')
    expect(items[0].textContent).toContain('X refused the video: too long')
    expect(items[1].textContent).toContain('Posted')
    expect(within(items[1]).getByRole('link').getAttribute('href')).toBe('https://x.com/lunacoffee/status/1')
    expect(items[1].textContent).toContain('@lunacoffee')
  })
})
