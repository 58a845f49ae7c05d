import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../lib/api'
import type { StoryboardScene } from '../../lib/revisions'
import { buildRequest, emptyDraft, placeRefusal, readDraft, writeDraft, type RevisionDraft } from './draft'

const scene = (n: number, over: Partial<StoryboardScene> = {}): StoryboardScene => ({
  scene_index: n,
  title: `Scene ${n}`,
  description: `What scene ${n} shows`,
  duration: 3,
  overlay_text: n === 1 ? 'Made to make every day better' : '',
  role_in_story: n === 1 ? 'setup' : n === 5 ? 'cta' : 'exploration',
  ...over,
})
const board = [1, 2, 3, 4, 5].map((n) => scene(n))
const draft = (over: Partial<RevisionDraft>): RevisionDraft => ({ ...emptyDraft(), ...over })

describe('revision draft', () => {
  afterEach(() => localStorage.clear())

  it('sends only what differs from the ad', () => {
    expect(buildRequest(emptyDraft(), board).request).toBeNull()
    // Typed back to what it is, or only spaces around it: no change.
    expect(buildRequest(draft({ scenes: { 1: { overlay_text: ' Made to make every day better ' }, 2: { duration: '3.0' } } }), board).request).toBeNull()

    const built = buildRequest(
      draft({ scenes: { 3: { visual_description: 'The bottle on a sunlit windowsill' }, 1: { overlay_text: 'Mornings, sorted', visual_description: 'What scene 1 shows' } } }),
      board,
    )
    expect(built.request).toEqual({
      scenes: [
        { scene_number: 1, overlay_text: 'Mornings, sorted' },
        { scene_number: 3, visual_description: 'The bottle on a sunlit windowsill' },
      ],
    })
    expect(built.sent).toEqual([1, 3])
  })

  it('rounds lengths to whole frames, sends rebalance only with a length, and says when a length is no number', () => {
    const built = buildRequest(draft({ scenes: { 2: { duration: '5,01' } }, rebalance: true }), board)
    expect(built.request).toEqual({ scenes: [{ scene_number: 2, duration_seconds: 5 }], rebalance: true })
    expect(buildRequest(draft({ scenes: { 2: { overlay_text: 'Hi' } }, rebalance: true }), board).request).toEqual({
      scenes: [{ scene_number: 2, overlay_text: 'Hi' }],
    })
    const bad = buildRequest(draft({ scenes: { 2: { duration: 'five' } } }), board)
    expect(bad.request).toBeNull()
    expect(bad.problems['scene.2.duration_seconds']).toMatch(/seconds/)
  })

  it('swaps the music: a new mood once written, or the same mood composed again', () => {
    expect(buildRequest(draft({ music: 'mood', mood: '  ' }), board).request).toBeNull()
    expect(buildRequest(draft({ music: 'mood', mood: 'calm and dreamy ' }), board).request).toEqual({
      music: { mood: 'calm and dreamy', regenerate: true },
    })
    expect(buildRequest(draft({ music: 'again', mood: 'ignored' }), board).request).toEqual({ music: { regenerate: true } })
  })

  it('is kept per ad in this browser, and an empty one leaves nothing behind', () => {
    const d = draft({ scene: 3, scenes: { 3: { overlay_text: 'x' } }, music: 'again' })
    writeDraft('a1', d)
    expect(readDraft('a1')).toEqual(d)
    expect(readDraft('a2')).toEqual(emptyDraft())
    writeDraft('a1', emptyDraft())
    expect(localStorage.getItem('zapcut.revise.a1')).toBeNull()
    localStorage.setItem('zapcut.revise.a3', '{not json')
    expect(readDraft('a3')).toEqual(emptyDraft())
  })

  it('places each field error beside its control: scenes by the number they were sent as', () => {
    const e = new ApiError(400, 'Invalid request', 'three problems', [
      { field: 'scenes[1].duration_seconds', message: 'scene 4: must last at least 1 second' },
      { field: 'scenes[0].overlay_text', message: 'scene 2: at most 120 characters' },
      { field: 'music.mood', message: "the music's mood must be 1 to 100 characters" },
      { field: 'scenes', message: 'scene lengths would add up to 17 s' },
      { field: 'request', message: 'the revision changes nothing' },
    ])
    const placed = placeRefusal(e, [2, 4], emptyDraft())
    expect(placed.fields).toEqual({
      'scene.4.duration_seconds': 'scene 4: must last at least 1 second',
      'scene.2.overlay_text': 'scene 2: at most 120 characters',
      music: "the music's mood must be 1 to 100 characters",
      lengths: 'scene lengths would add up to 17 s',
    })
    expect(placed.general).toBe('the revision changes nothing')
    expect(placeRefusal(new ApiError(409, 'Conflict', 'the ad is generating'), [], emptyDraft())).toEqual({ fields: {}, general: 'the ad is generating' })
    expect(placeRefusal(new TypeError('Failed to fetch'), [], emptyDraft()).general).toBe('Failed to fetch')
  })

  it('places a safety block beside the words of the scene it names', () => {
    const block = (line: string) =>
      new ApiError(422, 'Revision blocked', 'the revision was blocked by the safety screen', [], 'https://zapcut.video/problems/safety-blocked', {
        violations: [{ category: 'weapons', severity: 'high', scene: 4, description: 'Shows or mentions a firearm or weapon (gun)', line }],
      })
    const d = draft({ scenes: { 4: { overlay_text: 'Grab a gun', visual_description: 'A man holding a gun' } } })
    expect(placeRefusal(block('A man holding a gun'), [4], d)).toEqual({
      fields: { 'scene.4.visual_description': 'Blocked by the safety check: Shows or mentions a firearm or weapon (gun)' },
      general: null,
    })
    expect(Object.keys(placeRefusal(block('Grab a gun'), [4], d).fields)).toEqual(['scene.4.overlay_text'])
  })
})
