import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { session } from '../../lib/api'
import type { RevisionPlan, VersionEntry } from '../../lib/revisions'
import type { Ad, StoryboardScene } from '../../lib/types'
import { RevisePanel } from './RevisePanel'

const storyboard: StoryboardScene[] = [1, 2, 3, 4, 5].map((n) => ({
  scene_index: n,
  title: ['The Reveal', 'Up Close', 'In Their World', 'The Payoff', 'Call to Action'][n - 1],
  description: `What scene ${n} shows`,
  duration: 3,
  overlay_text: n === 1 ? 'Made to make every day better' : n === 5 ? 'Luna Coffee — Shop now' : '',
  role_in_story: n === 1 ? 'setup' : n === 5 ? 'cta' : 'exploration',
}))

const ad: Ad = {
  id: 'a1',
  project_id: 'p1',
  status: 'completed',
  video_url: '/v1/ads/a1/video?signature=s1',
  thumbnail_url: null,
  duration_seconds: 15,
  aspect_ratio: '16:9',
  resolution: '1920x1080',
  file_size_bytes: 1000,
  generation_duration_seconds: 57,
  api_cost_cents: 0,
  created_at: '2026-12-07T05:11:46Z',
  storyboard,
}

const first: VersionEntry = {
  ad_id: 'a1',
  version: 1,
  status: 'completed',
  video_url: '/v1/ads/a1/video?signature=s1',
  thumbnail_url: null,
  duration_seconds: 15,
  aspect_ratio: '16:9',
  api_cost_cents: 0,
  generation_duration_seconds: 57,
  created_at: '2026-12-07T05:11:46Z',
}

const version = (n: number, over: Partial<VersionEntry> = {}): VersionEntry => ({
  ...first,
  ad_id: `a${n}`,
  version: n,
  parent_ad_id: 'a1',
  video_url: `/v1/ads/a${n}/video?signature=s${n}`,
  changes: { scenes: [{ scene_number: 1, overlay_text: 'Mornings, sorted' }], music: null, rebalance: false, label: null, aspect: null },
  stages_run: ['storyboard', 'safety', 'composition', 'quality'],
  ...over,
})

/** The plan the fake server makes of a revision (the real planner's shapes, for the changes the tests make). */
function planOf(body: Record<string, unknown>): RevisionPlan {
  const scenes = (body.scenes as { scene_number: number; visual_description?: string; duration_seconds?: number }[] | undefined) ?? []
  const timed = scenes.some((s) => s.duration_seconds !== undefined)
  const drawn = scenes.filter((s) => s.visual_description !== undefined).map((s) => s.scene_number)
  return {
    parent_ad_id: 'a1',
    status: body.dry_run ? 'planned' : 'queued',
    dry_run: body.dry_run === true,
    stages: timed
      ? ['storyboard', 'prompt_synthesis', 'scene_1', 'scene_2', 'scene_3', 'scene_4', 'scene_5', 'music', 'continuity', 'composition', 'quality']
      : drawn.length > 0
        ? ['storyboard', 'safety', 'prompt_synthesis', 'keyframes', ...drawn.map((n) => `scene_${n}`), 'continuity', 'composition', 'quality']
        : body.aspect_ratio
          ? ['prompt_synthesis', 'keyframes', 'scene_1', 'scene_2', 'scene_3', 'scene_4', 'scene_5', 'continuity', 'composition', 'quality']
          : ['storyboard', 'safety', 'composition', 'quality'],
    scenes_remade: drawn,
    scenes_retimed: timed ? [1, 2, 3, 4, 5] : [],
    music_remade: timed || body.music !== undefined,
    made_anew: false,
    scene_durations: timed ? [2.5, 5, 2.5, 2.5, 2.5] : [3, 3, 3, 3, 3],
    estimated_cost_cents: drawn.length * 12,
    estimated_duration_seconds: drawn.length > 0 ? 12 : timed ? 48 : 10,
  }
}

function reply(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })
}

const invalid = (detail: string, errors: { field: string; message: string }[]) =>
  reply(400, { type: 'https://zapcut.video/problems/validation-failed', title: 'Invalid request', status: 400, detail, errors })

interface Call {
  method: string
  path: string
  body: Record<string, unknown> | null
}

/** A small fake of the revisions API; tests replace the parts they are about. */
function fakeServer(over: { revise?: (body: Record<string, unknown>) => Response | undefined; versions?: VersionEntry[] } = {}) {
  const calls: Call[] = []
  const state = { versions: over.versions ?? [first], next: 2 }
  const enc = new TextEncoder()
  let stream: ReadableStreamDefaultController<Uint8Array> | null = null
  const events = {
    send(event: string, data: unknown) {
      stream?.enqueue(enc.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`))
    },
    end() {
      stream?.close()
    },
  }
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const path = String(input)
    const method = init?.method ?? 'GET'
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : null
    calls.push({ method, path, body })
    if (path === '/v1/ads/a1/revisions' && method === 'POST' && body) {
      const answer = over.revise?.(body)
      if (answer) return answer
      const plan = planOf(body)
      if (body.dry_run) return reply(200, plan)
      const n = state.next++
      state.versions = [...state.versions, version(n, { status: 'queued', video_url: null, aspect_ratio: String(body.aspect_ratio ?? '16:9') })]
      const changes = { scenes: body.scenes ?? [], music: body.music ?? null, rebalance: body.rebalance === true, label: null, aspect: body.aspect_ratio ?? null }
      return reply(202, { ...plan, ad_id: `a${n}`, job_id: `j${n}`, version: n, changes })
    }
    if (path === '/v1/ads/a1/versions') return reply(200, { ad_id: 'a1', versions: state.versions })
    if (path === '/v1/ads/a1/variants' && body) {
      const labels = ['A', 'B', 'C', 'D'].slice(0, Number(body.count))
      const angles = body.vary === 'cta' ? ['urgency', 'social proof', 'benefit', 'offer'] : ['question', 'bold statement', 'statistic', 'story']
      const variants = labels.map((label, i) => {
        const n = body.dry_run ? 0 : state.next++
        return { label, angles: [angles[i]], version: { ...planOf({ dry_run: body.dry_run }), ad_id: `a${n}`, job_id: `j${n}`, version: n } }
      })
      if (!body.dry_run) {
        state.versions = [
          ...state.versions,
          ...variants.map((v) => version(v.version.version, { label: v.label, status: 'queued', video_url: null, changes: { label: v.label } })),
        ]
      }
      return reply(body.dry_run ? 200 : 202, { parent_ad_id: 'a1', vary: body.vary, dry_run: body.dry_run, variants, estimated_cost_cents: 0 })
    }
    if (/\/v1\/generate\/video\/job\/j\d+\/events$/.test(path)) {
      return new Response(
        new ReadableStream<Uint8Array>({
          start(c) {
            stream = c
          },
        }),
        { status: 200, headers: { 'Content-Type': 'text/event-stream' } },
      )
    }
    return reply(404, { detail: `no fake for ${method} ${path}` })
  })
  vi.stubGlobal('fetch', fetchMock)
  const dryRuns = () => calls.filter((c) => c.path === '/v1/ads/a1/revisions' && c.body?.dry_run === true)
  return { calls, state, events, dryRuns }
}

/** The text of the elements a control names with aria-describedby: where its messages are. */
function description(el: HTMLElement): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
}

const onScreen = () => screen.getByLabelText('On-screen text') as HTMLInputElement
const renderButton = () => screen.getByRole('button', { name: /render new version/i })

describe('RevisePanel', () => {
  beforeEach(() => {
    session.save('access', 'refresh')
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    localStorage.clear()
  })

  it('shows the server’s plan and estimate of an edit as it is typed, one dry run per pause', async () => {
    const server = fakeServer()
    render(<RevisePanel ad={ad} onShowVersion={() => {}} />)
    expect(screen.getByRole('region', { name: 'Iterate on this ad' })).toBeTruthy()
    // Scene 1 as it is now, and its fields holding the same.
    expect(within(screen.getByLabelText('Scene 1 now')).getByText('“Made to make every day better”')).toBeTruthy()
    expect(onScreen().value).toBe('Made to make every day better')
    expect((screen.getByLabelText('Length (seconds)') as HTMLInputElement).value).toBe('3')
    expect(screen.getByText('Change something above to see what it takes.')).toBeTruthy()
    expect((renderButton() as HTMLButtonElement).disabled).toBe(true)

    for (const t of ['M', 'Mornings', 'Mornings, sorted']) fireEvent.change(onScreen(), { target: { value: t } })
    const stages = await screen.findByRole('list', { name: 'Stages that run again' })
    expect(server.dryRuns()).toHaveLength(1)
    expect(server.dryRuns()[0].body).toEqual({ scenes: [{ scene_number: 1, overlay_text: 'Mornings, sorted' }], dry_run: true })
    const ran = within(stages)
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('data-stage'))
    expect(ran).toEqual(['storyboard', 'safety', 'composition', 'quality'])
    expect(screen.getByTestId('plan-redrawn').textContent).toBe('No scene is drawn again.')
    expect(screen.getByTestId('revision-estimate').textContent).toBe('Estimated cost $0.00 · about 10 s')
    expect((renderButton() as HTMLButtonElement).disabled).toBe(false)

    // Another scene's new picture: that scene is drawn again, at a cost.
    fireEvent.change(screen.getByLabelText('Scene to edit'), { target: { value: '3' } })
    fireEvent.change(screen.getByLabelText('Visual description'), { target: { value: 'The bottle on a sunlit windowsill' } })
    await waitFor(() => expect(screen.getByTestId('plan-redrawn').textContent).toBe('Drawn again: scene 3.'))
    expect(screen.getByTestId('revision-estimate').textContent).toBe('Estimated cost $0.12 · about 12 s')
    expect(server.dryRuns().at(-1)?.body?.scenes).toEqual([
      { scene_number: 1, overlay_text: 'Mornings, sorted' },
      { scene_number: 3, visual_description: 'The bottle on a sunlit windowsill' },
    ])
    expect(screen.getByRole('option', { name: /Scene 1: The Reveal \(3 s\) · changed/ })).toBeTruthy()
  })

  it('shows each refusal beside the control that caused it', async () => {
    fakeServer({
      revise: (body) => {
        const scenes = (body.scenes as { scene_number: number; overlay_text?: string; duration_seconds?: number }[] | undefined) ?? []
        if (scenes.some((s) => s.duration_seconds !== undefined) && !body.rebalance) {
          const m = "scene lengths would add up to 17 s; the ad is 15 s: change the other scenes' lengths too, or send rebalance: true"
          return invalid(m, [{ field: 'scenes', message: m }])
        }
        const long = scenes.findIndex((s) => (s.overlay_text ?? '').length > 20)
        if (long >= 0) {
          const m = `scene ${scenes[long].scene_number}: the on-screen text must be at most 20 characters`
          return invalid(m, [{ field: `scenes[${long}].overlay_text`, message: m }])
        }
        const music = body.music as { mood?: string } | undefined
        if (music?.mood === 'x'.repeat(3)) return invalid('bad mood', [{ field: 'music.mood', message: "the music's mood is not a mood" }])
        return undefined
      },
    })
    render(<RevisePanel ad={ad} onShowVersion={() => {}} />)

    fireEvent.change(screen.getByLabelText('Scene to edit'), { target: { value: '2' } })
    const length = screen.getByLabelText('Length (seconds)')
    fireEvent.change(length, { target: { value: '5' } })
    await waitFor(() => expect(description(length)).toContain('rebalance'))
    expect(length.getAttribute('aria-invalid')).toBe('true')
    expect(description(length)).toContain('5 s = 150 frames at 30 fps.')
    expect((renderButton() as HTMLButtonElement).disabled).toBe(true)

    // Letting the other scenes absorb it: planned, the error gone.
    fireEvent.click(screen.getByLabelText('Let the other scenes absorb the difference'))
    await waitFor(() => expect(screen.getByText(/Cut to new lengths: scenes 1, 2, 3, 4, 5/)).toBeTruthy())
    expect(length.getAttribute('aria-invalid')).toBeNull()
    expect(description(length)).not.toContain('rebalance')

    // A length that is no number is said at once, without asking the server.
    fireEvent.change(length, { target: { value: 'five' } })
    expect(description(length)).toContain('Write the length in seconds')

    fireEvent.change(length, { target: { value: '3' } })
    fireEvent.change(screen.getByLabelText('Scene to edit'), { target: { value: '1' } })
    fireEvent.change(onScreen(), { target: { value: 'Far too long for the screen, really' } })
    await waitFor(() => expect(description(onScreen())).toContain('scene 1: the on-screen text must be at most 20 characters'))
    expect(description(screen.getByLabelText('Visual description'))).not.toContain('at most 20')

    fireEvent.change(onScreen(), { target: { value: 'Mornings, sorted' } })
    fireEvent.click(screen.getByLabelText('A new mood'))
    fireEvent.change(screen.getByLabelText('Music mood'), { target: { value: 'xxx' } })
    await waitFor(() => expect(description(screen.getByLabelText('Music mood'))).toContain("the music's mood is not a mood"))
    expect(description(onScreen())).not.toContain('at most')
  })

  it('says a refusal naming no field by the Render button', async () => {
    fakeServer({
      revise: (body) => (body.dry_run ? undefined : reply(409, { title: 'Conflict', status: 409, detail: 'the ad is generating; only a completed ad can be revised' })),
    })
    render(<RevisePanel ad={ad} onShowVersion={() => {}} />)
    fireEvent.change(onScreen(), { target: { value: 'Mornings, sorted' } })
    await screen.findByRole('list', { name: 'Stages that run again' })
    fireEvent.click(renderButton())
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('only a completed ad can be revised')
    expect(description(renderButton())).toContain('only a completed ad')
    // The edit is kept to try again.
    expect(onScreen().value).toBe('Mornings, sorted')
  })

  it('keeps the draft through a reload, per ad', async () => {
    fakeServer()
    const first = render(<RevisePanel ad={ad} onShowVersion={() => {}} />)
    fireEvent.change(screen.getByLabelText('Scene to edit'), { target: { value: '3' } })
    fireEvent.change(screen.getByLabelText('Visual description'), { target: { value: 'A sunlit windowsill' } })
    fireEvent.click(screen.getByLabelText('Compose it again'))
    first.unmount()

    render(<RevisePanel ad={ad} onShowVersion={() => {}} />)
    expect((screen.getByLabelText('Scene to edit') as HTMLSelectElement).value).toBe('3')
    expect((screen.getByLabelText('Visual description') as HTMLTextAreaElement).value).toBe('A sunlit windowsill')
    expect((screen.getByLabelText('Compose it again') as HTMLInputElement).checked).toBe(true)
    await screen.findByRole('list', { name: 'Stages that run again' })

    // Another ad has its own (empty) draft.
    render(<RevisePanel ad={{ ...ad, id: 'b1' }} onShowVersion={() => {}} />)
    expect(screen.getAllByLabelText('Scene to edit').map((s) => (s as HTMLSelectElement).value)).toEqual(['3', '1'])
  })

  it('renders the new version, follows its job to the end and shows it', async () => {
    const server = fakeServer()
    const onShow = vi.fn()
    render(<RevisePanel ad={ad} onShowVersion={onShow} />)
    fireEvent.change(onScreen(), { target: { value: 'Mornings, sorted' } })
    await screen.findByRole('list', { name: 'Stages that run again' })
    fireEvent.click(renderButton())

    const status = await screen.findByTestId('render-status')
    expect(screen.getByTestId('render-progress').textContent).toContain('Scene 1: on-screen text “Mornings, sorted”')
    const placed = server.calls.find((c) => c.path === '/v1/ads/a1/revisions' && c.body?.dry_run === undefined)
    expect(placed?.body).toEqual({ scenes: [{ scene_number: 1, overlay_text: 'Mornings, sorted' }] })
    // The draft became version 2: a reload starts from nothing, but follows version 2 on.
    expect(localStorage.getItem('zapcut.revise.a1')).toBeNull()
    expect(JSON.parse(localStorage.getItem('zapcut.revise.a1.render') ?? '{}').job_id).toBe('j2')
    await waitFor(() => expect(server.calls.some((c) => c.path === '/v1/generate/video/job/j2/events')).toBe(true))

    const job = { job_id: 'j2', ad_id: 'a2', progress_percentage: 22, stages_completed: [] }
    const progress = (type: string, stage: string | null, pct: number) => ({ ...job, type, stage, progress_percentage: pct, estimated_remaining_seconds: 20, message: null, at: '' })
    await act(async () => {
      server.events.send('snapshot', { ...job, status: 'running' })
      server.events.send('progress', progress('stage_completed', 'storyboard', 22))
      server.events.send('progress', progress('stage_completed', 'safety', 22))
      server.events.send('progress', progress('stage_started', 'composition', 52))
    })
    await waitFor(() => expect(status.textContent).toContain('Version 2: Composition (52%)'))
    const stages = screen.getByRole('list', { name: 'Stages of version 2' })
    expect([...stages.querySelectorAll('li')].map((li) => `${li.dataset.stage}:${li.dataset.status}`)).toEqual([
      'storyboard:done',
      'safety:done',
      'composition:running',
      'quality:pending',
    ])
    expect(screen.getByRole('progressbar', { name: 'Making version 2' }).getAttribute('aria-valuenow')).toBe('52')

    server.state.versions = [first, version(2)]
    await act(async () => {
      server.events.send('progress', progress('job_completed', null, 100))
      server.events.end()
    })
    await waitFor(() => expect(status.textContent).toBe('Version 2 is ready'))
    const video = (await screen.findByTestId('new-version-video')) as HTMLVideoElement
    expect(video.getAttribute('src')).toBe('/v1/ads/a2/video?signature=s2')
    expect(localStorage.getItem('zapcut.revise.a1.render')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'Show version 2 above' }))
    expect(onShow).toHaveBeenCalledWith('a2')
    fireEvent.click(screen.getByRole('button', { name: 'Compare with the version before' }))
    expect(screen.getByRole('tab', { name: /Versions/ }).getAttribute('aria-selected')).toBe('true')
    expect(screen.getByRole('region', { name: 'Compare version 1 and version 2' })).toBeTruthy()
  })

  describe('compare', () => {
    /** jsdom plays nothing: play() and pause() only flip `paused` and send the events a browser sends. */
    beforeEach(() => {
      const paused = new WeakMap<HTMLMediaElement, boolean>()
      vi.spyOn(HTMLMediaElement.prototype, 'paused', 'get').mockImplementation(function (this: HTMLMediaElement) {
        return paused.get(this) ?? true
      })
      vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
        if (paused.get(this) !== false) {
          paused.set(this, false)
          this.dispatchEvent(new Event('play'))
        }
        return Promise.resolve()
      })
      vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(function (this: HTMLMediaElement) {
        if (paused.get(this) === false) {
          paused.set(this, true)
          this.dispatchEvent(new Event('pause'))
        }
      })
    })

    it('plays two versions side by side, kept in sync', async () => {
      fakeServer({ versions: [first, version(2), version(3, { status: 'generating', video_url: null })] })
      render(<RevisePanel ad={ad} onShowVersion={() => {}} />)
      fireEvent.click(screen.getByRole('tab', { name: /Versions/ }))
      const list = await screen.findByRole('list', { name: 'Versions' })
      const rows = within(list).getAllByRole('listitem')
      expect(rows).toHaveLength(3)
      expect(rows[0].textContent).toContain('Version 1 · 16:9')
      expect(rows[0].textContent).toContain('The first version')
      expect(rows[0].textContent).toContain('shown above')
      expect(rows[1].textContent).toContain('Scene 1: on-screen text “Mornings, sorted”')
      expect(rows[1].textContent).toContain('Ran again: Storyboard, Safety review, Composition, Quality check')
      expect(rows[1].textContent).toContain('Ready · $0.00')
      expect(rows[2].textContent).toContain('Being made')
      expect((screen.getByLabelText('Compare version 3') as HTMLInputElement).disabled).toBe(true)
      expect(screen.getByRole('tab', { name: 'Versions (3)' })).toBeTruthy()

      fireEvent.click(screen.getByLabelText('Compare version 2'))
      fireEvent.click(screen.getByLabelText('Compare version 1'))
      const compare = screen.getByRole('region', { name: 'Compare version 1 and version 2' })
      const left = within(compare).getByLabelText('Version 1') as HTMLVideoElement
      const right = within(compare).getByLabelText('Version 2') as HTMLVideoElement
      expect(left.getAttribute('src')).toBe('/v1/ads/a1/video?signature=s1')
      expect(right.getAttribute('src')).toBe('/v1/ads/a2/video?signature=s2')
      expect(right.muted).toBe(true)

      // One button for both.
      fireEvent.click(within(compare).getByRole('button', { name: 'Play both' }))
      expect(left.paused).toBe(false)
      expect(right.paused).toBe(false)
      fireEvent.click(within(compare).getByRole('button', { name: 'Pause both' }))
      expect([left.paused, right.paused]).toEqual([true, true])

      // Either one's own controls: playing, seeking and pausing one does the same to the other.
      left.currentTime = 4
      act(() => {
        void left.play()
      })
      expect(right.paused).toBe(false)
      expect(right.currentTime).toBe(4)
      right.currentTime = 9
      fireEvent.seeked(right)
      expect(left.currentTime).toBe(9)
      // Drifting apart while playing: the second is brought back to the first's time.
      right.currentTime = 9.6
      fireEvent.timeUpdate(left)
      expect(right.currentTime).toBe(9)
      act(() => right.pause())
      expect(left.paused).toBe(true)
      expect(within(compare).getByRole('button', { name: 'Play both' })).toBeTruthy()

      // Out of sync: each plays on its own.
      fireEvent.click(within(compare).getByLabelText('Keep in sync'))
      act(() => {
        void left.play()
      })
      expect(right.paused).toBe(true)

      // A third pick lets go of the first picked.
      fireEvent.click(screen.getByLabelText('Compare version 2'))
      expect((screen.getByLabelText('Compare version 1') as HTMLInputElement).checked).toBe(true)
      expect(screen.queryByRole('region', { name: /Compare version/ })).toBeNull()
    })
  })

  it('makes variants and shows each as it is made', async () => {
    const server = fakeServer()
    render(<RevisePanel ad={ad} onShowVersion={() => {}} />)
    fireEvent.click(screen.getByRole('tab', { name: /Variants/ }))
    fireEvent.change(screen.getByLabelText('How many variants'), { target: { value: '2' } })
    fireEvent.click(screen.getByLabelText('The call to action'))
    await waitFor(() => expect(screen.getByTestId('variants-estimate').textContent).toContain('for 2'))
    const plan = server.calls.filter((c) => c.path === '/v1/ads/a1/variants').at(-1)
    expect(plan?.body).toEqual({ count: 2, vary: 'cta', dry_run: true })

    fireEvent.click(screen.getByRole('button', { name: /make variants/i }))
    const list = await screen.findByRole('list', { name: 'Variants' })
    const made = server.calls.filter((c) => c.path === '/v1/ads/a1/variants' && c.body?.dry_run === false)
    expect(made.map((c) => c.body)).toEqual([{ count: 2, vary: 'cta', dry_run: false }])
    const rows = () => within(list).getAllByRole('listitem')
    expect(rows().map((r) => r.getAttribute('data-label'))).toEqual(['A', 'B'])
    expect(rows()[0].textContent).toContain('Variant A (version 2)“urgency”')
    await waitFor(() => expect(rows()[1].textContent).toContain('Waiting to start'))

    // Finished one by one, as the versions list says on its next reading.
    server.state.versions = server.state.versions.map((v) => (v.label === 'A' ? { ...v, status: 'completed', video_url: '/v/a2' } : v))
    await waitFor(() => expect(rows()[0].textContent).toContain('Ready'), { timeout: 5000 })
    expect(rows()[1].textContent).toContain('Waiting to start')
    expect(within(rows()[0]).getByRole('button', { name: 'Show variant A above' })).toBeTruthy()
    // Kept for the next visit.
    expect(JSON.parse(localStorage.getItem('zapcut.revise.a1.variants') ?? '{}')).toEqual({ count: 2, vary: 'cta' })
  })

  it('makes the other formats, one revision per format, which then appear in the versions', async () => {
    const server = fakeServer()
    render(<RevisePanel ad={ad} onShowVersion={() => {}} />)
    fireEvent.click(screen.getByRole('tab', { name: /Other formats/ }))
    await screen.findByTestId('formats-estimate')
    const button = screen.getByRole('button', { name: 'Make the other formats (9:16 and 1:1)' })
    const placing = () => server.calls.filter((c) => c.path === '/v1/ads/a1/revisions' && c.body?.dry_run === undefined)
    expect(placing()).toHaveLength(0)
    fireEvent.click(button)
    await waitFor(() => expect(placing().map((c) => c.body)).toEqual([{ aspect_ratio: '9:16' }, { aspect_ratio: '1:1' }]))
    const formats = screen.getByRole('list', { name: 'Formats' })
    await waitFor(() => expect(within(formats).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '9:16 (vertical) · version 2 · Waiting to start…',
      '1:1 (square) · version 3 · Waiting to start…',
    ]))
    expect(screen.getByText('This ad is made in every format; see the versions list.')).toBeTruthy()
    fireEvent.click(screen.getByRole('tab', { name: /Versions/ }))
    const versions = await screen.findByRole('list', { name: 'Versions' })
    expect(within(versions).getAllByRole('listitem').map((li) => li.getAttribute('data-version'))).toEqual(['1', '2', '3'])
  })
})
