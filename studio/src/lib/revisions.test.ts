import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, session } from './api'
import {
  describeChanges,
  listVersions,
  makeFormats,
  makeVariants,
  otherFormats,
  placeRevision,
  planRevision,
  planVariants,
  secondsText,
  wholeFrames,
} from './revisions'

const reply = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })

const planned = {
  parent_ad_id: 'a1',
  status: 'planned',
  dry_run: true,
  stages: ['storyboard', 'safety', 'composition', 'quality'],
  scenes_remade: [],
  scenes_retimed: [],
  music_remade: false,
  made_anew: false,
  scene_durations: [3, 3, 3, 3, 3],
  estimated_cost_cents: 0,
  estimated_duration_seconds: 10,
}

describe('revisions', () => {
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

  const sent = (i = 0) => {
    const [path, init] = fetchMock.mock.calls[i]
    return {
      path: String(path),
      method: init?.method ?? 'GET',
      body: init?.body ? JSON.parse(String(init.body)) : null,
      auth: new Headers(init?.headers).get('Authorization'),
    }
  }

  it('asks for the plan with dry_run and the bearer token, and makes the revision without it', async () => {
    fetchMock.mockResolvedValueOnce(reply(200, planned))
    const plan = await planRevision('a1', { scenes: [{ scene_number: 1, overlay_text: 'Mornings, sorted' }] })
    expect(plan.stages).toContain('composition')
    expect(sent(0)).toEqual({
      path: '/v1/ads/a1/revisions',
      method: 'POST',
      body: { scenes: [{ scene_number: 1, overlay_text: 'Mornings, sorted' }], dry_run: true },
      auth: 'Bearer access',
    })

    fetchMock.mockResolvedValueOnce(reply(202, { ...planned, dry_run: false, status: 'queued', ad_id: 'a2', job_id: 'j2', version: 2 }))
    const placed = await placeRevision('a1', { music: { regenerate: true } })
    expect(placed.version).toBe(2)
    expect(sent(1).body).toEqual({ music: { regenerate: true } })
  })

  it('turns a refusal into an ApiError with its field errors', async () => {
    fetchMock.mockResolvedValueOnce(
      reply(400, {
        type: 'https://zapcut.video/problems/validation-failed',
        title: 'Invalid request',
        detail: 'scene lengths would add up to 17 s; ... send rebalance: true',
        errors: [{ field: 'scenes', message: 'scene lengths would add up to 17 s' }],
      }),
    )
    const e = await planRevision('a1', { scenes: [{ scene_number: 2, duration_seconds: 5 }] }).catch((x) => x)
    expect(e).toBeInstanceOf(ApiError)
    expect((e as ApiError).detail).toContain('rebalance')
    expect((e as ApiError).errors[0].field).toBe('scenes')
  })

  it('makes variants and plans them with dry_run', async () => {
    fetchMock.mockImplementation(async () => reply(202, { parent_ad_id: 'a1', vary: 'cta', dry_run: false, variants: [], estimated_cost_cents: 0 }))
    await makeVariants('a1', 3, 'cta')
    await planVariants('a1', 2, 'hook_and_cta')
    expect(sent(0)).toMatchObject({ path: '/v1/ads/a1/variants', method: 'POST', body: { count: 3, vary: 'cta', dry_run: false } })
    expect(sent(1).body).toEqual({ count: 2, vary: 'hook_and_cta', dry_run: true })
  })

  it('lists the versions', async () => {
    fetchMock.mockResolvedValueOnce(reply(200, { ad_id: 'a1', versions: [{ ad_id: 'a1', version: 1, status: 'completed' }] }))
    const list = await listVersions('a1')
    expect(list.versions[0].version).toBe(1)
    expect(sent(0)).toMatchObject({ path: '/v1/ads/a1/versions', method: 'GET' })
  })

  it('places one revision per other format, and one refusal does not stop the others', async () => {
    expect(otherFormats('16:9')).toEqual(['9:16', '1:1'])
    expect(otherFormats('1:1')).toEqual(['16:9', '9:16'])
    fetchMock.mockImplementation(async (_path, init) => {
      const body = JSON.parse(String(init?.body))
      return body.aspect_ratio === '1:1'
        ? reply(409, { title: 'Conflict', detail: 'the ad is generating' })
        : reply(202, { ...planned, dry_run: false, ad_id: 'a9', job_id: 'j9', version: 3 })
    })
    const results = await makeFormats('a1', otherFormats('16:9'))
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(fetchMock.mock.calls.map((c) => JSON.parse(String(c[1]?.body)))).toEqual([{ aspect_ratio: '9:16' }, { aspect_ratio: '1:1' }])
    expect(results[0]).toMatchObject({ aspect: '9:16', placed: { version: 3 } })
    expect(results[1].aspect).toBe('1:1')
    expect((results[1].error as ApiError).status).toBe(409)

    fetchMock.mockClear()
    await makeFormats('a1', ['9:16'], true)
    expect(JSON.parse(String(fetchMock.mock.calls[0][1]?.body))).toEqual({ aspect_ratio: '9:16', dry_run: true })
  })

  it('keeps lengths in whole frames at 30 fps', () => {
    expect(wholeFrames(3.01)).toBe(3)
    expect(wholeFrames(2.52) * 30).toBeCloseTo(76)
    expect(secondsText(wholeFrames(3.04))).toBe('3.033')
  })

  it('says what a version changed', () => {
    expect(describeChanges(undefined)).toBe('The first version')
    expect(
      describeChanges({
        scenes: [{ scene_number: 1, overlay_text: 'Mornings, sorted', visual_description: null, duration_seconds: null, angle: null }],
        music: { mood: 'calm and dreamy', regenerate: true },
        rebalance: false,
        label: null,
        aspect: null,
      }),
    ).toBe('Scene 1: on-screen text “Mornings, sorted”; music: calm and dreamy')
    expect(describeChanges({ scenes: [{ scene_number: 1, angle: 'question' }], label: 'A' })).toBe('Scene 1: written anew as “question”')
    expect(describeChanges({ scenes: [], aspect: '9:16' })).toBe('in 9:16')
    expect(describeChanges({ scenes: [{ scene_number: 2, duration_seconds: 5 }], rebalance: true, music: { mood: null, regenerate: true } })).toBe(
      'Scene 2: 5 s long; other scenes absorb the new lengths; music composed again',
    )
  })
})
