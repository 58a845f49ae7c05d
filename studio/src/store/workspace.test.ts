import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { session } from '../lib/api'
import type { Conversation, SceneEditPayload } from '../lib/types'
import { useWorkspace } from './workspace'

const conversation = (over: Partial<Conversation> = {}): Conversation => ({
  id: 'c1',
  project_id: 'p1',
  stage: 'final_review',
  stages: [],
  state: {
    brand: 'Luna Coffee',
    product: 'Luna Cold Brew',
    audience: 'busy professionals',
    benefit: 'calm focus',
    creative_direction: null,
    duration_seconds: 30,
    aspect_ratio: '16:9',
    job_id: null,
    ad_id: null,
  },
  missing: [],
  image_count: 1,
  messages: [],
  review: null,
  ...over,
})

function reply(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })
}

const problem = (status: number, detail: string, errors?: { field: string; message: string }[]) =>
  reply(status, { title: 'Bad Request', status, detail, ...(errors ? { errors } : {}) })

const scenes: SceneEditPayload[] = [1, 2, 3, 4, 5].map((i) => ({ scene_index: i, description: 'x', overlay_text: '', voiceover: '', duration_seconds: 6 }))

describe('workspace: each error goes to the control that caused it', () => {
  const fetchMock = vi.fn<typeof fetch>()

  beforeEach(() => {
    session.save('access', 'refresh')
    vi.stubGlobal('fetch', fetchMock)
    useWorkspace.setState({
      projectId: 'p1',
      conversation: conversation(),
      error: null,
      chatError: null,
      stageError: null,
      briefErrors: {},
      sceneErrors: {},
      generateError: null,
    })
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
    localStorage.clear()
  })

  it('a message that fails: under the chat box, not in the banner', async () => {
    fetchMock.mockResolvedValue(problem(429, 'too many requests; try again in 20 s'))
    expect(await useWorkspace.getState().send('hello')).toBe(false)
    const s = useWorkspace.getState()
    expect(s.chatError).toBe('too many requests; try again in 20 s')
    expect(s.error).toBeNull()
  })

  it('a refused brief edit: under the field each error names', async () => {
    fetchMock.mockResolvedValue(problem(400, 'the brief has errors', [{ field: 'audience', message: 'cannot be cleared' }]))
    expect(await useWorkspace.getState().patchBrief({ audience: '' }, 'audience')).toBe(false)
    expect(useWorkspace.getState().briefErrors).toEqual({ audience: 'cannot be cleared' })
    expect(useWorkspace.getState().error).toBeNull()
  })

  it('errors about one scene idea: under the scene ideas field, all of them', async () => {
    fetchMock.mockResolvedValue(
      problem(400, 'the brief has errors', [
        { field: 'requested_scenes[0]', message: 'scene idea 1 is empty' },
        { field: 'requested_scenes[3]', message: 'scene idea 4 is longer than 1000 characters' },
      ]),
    )
    await useWorkspace.getState().patchBrief({ requested_scenes: ['', 'b', 'c', 'd'] }, 'requested_scenes')
    expect(useWorkspace.getState().briefErrors).toEqual({
      requested_scenes: 'scene idea 1 is empty; scene idea 4 is longer than 1000 characters',
    })
  })

  it('a refusal naming no field: under the field that was changed; a later good edit clears it', async () => {
    fetchMock.mockResolvedValueOnce(problem(409, 'a generation is running; go back to the review first'))
    await useWorkspace.getState().patchBrief({ music_mood: 'upbeat' }, 'music_mood')
    expect(useWorkspace.getState().briefErrors).toEqual({ music_mood: 'a generation is running; go back to the review first' })

    const changed = conversation({ state: { ...conversation().state, music_mood: 'upbeat' } })
    fetchMock.mockResolvedValueOnce(reply(200, changed))
    expect(await useWorkspace.getState().patchBrief({ music_mood: 'upbeat' }, 'music_mood')).toBe(true)
    expect(useWorkspace.getState().briefErrors).toEqual({})
    expect(useWorkspace.getState().conversation?.state.music_mood).toBe('upbeat')
    const [path, init] = fetchMock.mock.calls[1]
    expect([path, init?.method, init?.body]).toEqual(['/v1/projects/p1/conversation/brief', 'PATCH', '{"music_mood":"upbeat"}'])
  })

  it("a refused scene set: by scene, and the set's own rule apart", async () => {
    fetchMock.mockResolvedValue(
      problem(400, 'the scenes have errors', [
        { field: 'scenes[2].duration_seconds', message: 'scene 3: must last at least 1 second' },
        { field: 'scenes', message: 'scene durations add up to 31 s' },
      ]),
    )
    expect(await useWorkspace.getState().saveScenes('p1', scenes)).toBe(false)
    expect(useWorkspace.getState().sceneErrors).toEqual({
      'scenes[2].duration_seconds': 'scene 3: must last at least 1 second',
      scenes: 'scene durations add up to 31 s',
    })
  })

  it('a generation that cannot run: beside the Generate button', async () => {
    useWorkspace.setState({ conversation: conversation({ review: {} as Conversation['review'] }) })
    fetchMock.mockImplementation(async (path) => {
      if (String(path).endsWith('/scenes')) return reply(200, conversation())
      if (String(path) === '/v1/me') return reply(200, { email: 'a@example.com', subscription_tier: 'free', videos_remaining: 0 })
      return problem(402, 'you have no videos left on the free plan')
    })
    await useWorkspace.getState().generate(scenes)
    expect(useWorkspace.getState().generateError).toBe('you have no videos left on the free plan')
    expect(useWorkspace.getState().error).toBeNull()
  })

  it('a step chosen after an edit reaches the server after the edit is saved', async () => {
    const order: string[] = []
    let release: () => void = () => {}
    fetchMock.mockImplementation(async (path) => {
      order.push(`start ${path}`)
      if (String(path).endsWith('/scenes')) await new Promise<void>((r) => (release = r))
      order.push(`end ${path}`)
      return reply(200, conversation())
    })
    const saved = useWorkspace.getState().saveScenes('p1', scenes)
    const moved = useWorkspace.getState().goToStage('collect_brand_info')
    await new Promise((r) => setTimeout(r, 10))
    expect(order).toEqual(['start /v1/projects/p1/conversation/scenes'])
    release()
    await Promise.all([saved, moved])
    expect(order).toEqual([
      'start /v1/projects/p1/conversation/scenes',
      'end /v1/projects/p1/conversation/scenes',
      'start /v1/projects/p1/conversation/stage',
      'end /v1/projects/p1/conversation/stage',
    ])
  })
})
