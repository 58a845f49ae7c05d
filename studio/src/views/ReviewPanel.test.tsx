import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Profile, ReviewPlan, SceneEditPayload } from '../lib/types'
import { ReviewPanel } from './ReviewPanel'
import { AUTOSAVE_MS } from './useStoryboardDraft'

const lengths = [5, 2.5, 7.5, 7.5, 7.5]

function plan(durations = lengths, descriptions = lengths.map((_, i) => `Scene ${i + 1} shows the bottle.`)): ReviewPlan {
  return {
    brief: 'Introducing Luna Cold Brew',
    product_name: 'Luna Cold Brew',
    creative_direction: null,
    duration_seconds: 30,
    aspect_ratio: '16:9',
    bar_seconds: 2.5,
    scenes: durations.map((d, i) => ({
      scene_index: i + 1,
      title: `Beat ${i + 1}`,
      description: descriptions[i],
      overlay_text: '',
      duration_seconds: d,
      role_in_story: 'hook',
      camera_direction: 'static',
    })),
    creative_bible: { brand_style: 'calm', vibe: 'warm', colors: ['#112233'], lighting: 'soft', camera: 'slow', motion: 'gentle', energy_level: 4 },
    style_words: ['calm'],
    estimated_duration_seconds: 60,
    estimated_cost_cents: 0,
  }
}

const free = (n: number): Profile => ({ email: 'a@example.com', subscription_tier: 'free', videos_remaining: n })

function setup(over: Partial<Parameters<typeof ReviewPanel>[0]> = {}) {
  const onSave = vi.fn(async (_: SceneEditPayload[]) => true)
  const onGenerate = vi.fn()
  const props = {
    review: plan(),
    busy: false,
    hasPhotos: true,
    saving: false,
    sceneErrors: {},
    generateError: null,
    me: free(2),
    onSave,
    onSaveAsPageCloses: vi.fn(),
    onGenerate,
    ...over,
  }
  const view = render(<ReviewPanel {...props} />)
  return { onSave, onGenerate, props, view }
}

const duration = (n: number) => screen.getByLabelText(`Duration of scene ${n} (s)`) as HTMLInputElement
const generate = () => screen.getByRole('button', { name: 'Generate video' }) as HTMLButtonElement

describe('ReviewPanel', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('keeps a typed length as typed while the field has focus ("10" stays "10")', () => {
    const { onSave } = setup()
    const box = duration(2)
    fireEvent.focus(box)
    fireEvent.change(box, { target: { value: '1' } })
    expect(box.value).toBe('1')
    fireEvent.change(box, { target: { value: '10' } })
    act(() => vi.advanceTimersByTime(AUTOSAVE_MS * 2))
    expect(box.value).toBe('10')
    expect(duration(3).value).toBe('7.5') // nothing rebalanced behind the user's back
    expect(screen.getByTestId('scene-total').textContent).toBe('Scenes add up to 30 s of 30 s.') // checked on leaving, not before
    expect(onSave).not.toHaveBeenCalled()
  })

  it('checks lengths when the field is left, says the rule, and never sends a set that breaks it', () => {
    const { onSave } = setup()
    const box = duration(2)
    fireEvent.focus(box)
    fireEvent.change(box, { target: { value: '10' } })
    fireEvent.blur(box)
    expect(box.value).toBe('10')
    expect(screen.getByTestId('scene-total').textContent).toBe('Scenes add up to 30 s; now 37.5 s.')
    expect(generate().disabled).toBe(true)
    expect(screen.getByTestId('generate-why').textContent).toBe('Fix the scene lengths first: scenes add up to 30 s; now 37.5 s.')
    // Nothing the server lacks is valid to send: no save at all.
    act(() => vi.advanceTimersByTime(AUTOSAVE_MS * 2))
    expect(onSave).not.toHaveBeenCalled()

    fireEvent.focus(duration(1))
    fireEvent.change(duration(1), { target: { value: '0.5' } })
    fireEvent.blur(duration(1))
    expect(document.getElementById('scene-1-duration-note')?.textContent).toBe('At least 1 s')
    expect(duration(1).getAttribute('aria-invalid')).toBe('true')
  })

  it('offers to make up the difference with the next scene, then saves the valid set at once', async () => {
    const { onSave } = setup()
    fireEvent.focus(duration(2))
    fireEvent.change(duration(2), { target: { value: '5' } })
    fireEvent.blur(duration(2))
    expect(screen.getByTestId('scene-total').textContent).toBe('Scenes add up to 30 s; now 32.5 s.')
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Make scene 3 5 s to fit' })))
    expect(duration(3).value).toBe('5')
    expect(onSave).toHaveBeenCalledTimes(1)
    expect(onSave.mock.calls[0][0].map((s) => s.duration_seconds)).toEqual([5, 5, 5, 7.5, 7.5])
  })

  it('makes no offer a neighbour cannot take (it would last under a second)', () => {
    setup()
    fireEvent.focus(duration(2))
    fireEvent.change(duration(2), { target: { value: '10' } })
    fireEvent.blur(duration(2))
    expect(screen.queryByRole('button', { name: /Make scene 3/ })).toBeNull()
  })

  it('saves text edits after a pause in typing, and at once when the field is left', async () => {
    const { onSave } = setup()
    const text = screen.getByLabelText('Scene 2 description')
    fireEvent.change(text, { target: { value: 'A commuter opens a chilled bottle.' } })
    act(() => vi.advanceTimersByTime(AUTOSAVE_MS - 100))
    expect(onSave).not.toHaveBeenCalled()
    await act(async () => vi.advanceTimersByTime(100))
    expect(onSave).toHaveBeenCalledTimes(1)
    expect(onSave.mock.calls[0][0][1]).toEqual({
      scene_index: 2,
      description: 'A commuter opens a chilled bottle.',
      overlay_text: '',
      voiceover: '',
      duration_seconds: 2.5,
    })

    fireEvent.change(screen.getByLabelText('Scene 2 on-screen text'), { target: { value: 'Calm energy' } })
    await act(async () => fireEvent.blur(screen.getByLabelText('Scene 2 on-screen text')))
    expect(onSave).toHaveBeenCalledTimes(2)
    expect(onSave.mock.calls[1][0][1].overlay_text).toBe('Calm energy')

    fireEvent.change(screen.getByLabelText('Scene 2 voiceover'), { target: { value: 'Calm energy, all morning.' } })
    await act(async () => fireEvent.blur(screen.getByLabelText('Scene 2 voiceover')))
    expect(onSave).toHaveBeenCalledTimes(3)
    expect(onSave.mock.calls[2][0][1].voiceover).toBe('Calm energy, all morning.')
  })

  it('saves the other edits while the lengths are wrong, with the lengths the server already has', async () => {
    const { onSave } = setup()
    fireEvent.focus(duration(2))
    fireEvent.change(duration(2), { target: { value: '10' } })
    fireEvent.blur(duration(2))
    fireEvent.change(screen.getByLabelText('Scene 1 description'), { target: { value: 'Sunrise over the city.' } })
    await act(async () => fireEvent.blur(screen.getByLabelText('Scene 1 description')))
    expect(onSave).toHaveBeenCalledTimes(1)
    const sent = onSave.mock.calls[0][0]
    expect(sent[0].description).toBe('Sunrise over the city.')
    expect(sent.map((s) => s.duration_seconds)).toEqual(lengths)
    expect(duration(2).value).toBe('10') // the user's length stays to be fixed
  })

  it("merges the server's answer without undoing what is being typed", () => {
    const { props, view } = setup()
    fireEvent.change(screen.getByLabelText('Scene 2 description'), { target: { value: 'Typing still' } })
    // Another change arrives (a chat message rewrote scene 4): scene 4 follows the server, scene 2 keeps the typing.
    const next = plan(lengths, lengths.map((_, i) => (i === 3 ? 'Rewritten by the chat.' : `Scene ${i + 1} shows the bottle.`)))
    view.rerender(<ReviewPanel {...props} review={next} />)
    expect((screen.getByLabelText('Scene 2 description') as HTMLTextAreaElement).value).toBe('Typing still')
    expect((screen.getByLabelText('Scene 4 description') as HTMLTextAreaElement).value).toBe('Rewritten by the chat.')
  })

  it('saves what was typed in the last pause when the review is left (Back, another step)', () => {
    const { onSave, view } = setup()
    fireEvent.change(screen.getByLabelText('Scene 3 description'), { target: { value: 'Left before the pause ended.' } })
    view.unmount()
    expect(onSave).toHaveBeenCalledTimes(1)
    expect(onSave.mock.calls[0][0][2].description).toBe('Left before the pause ended.')
  })
})

describe('ReviewPanel feedback', () => {
  it('shows the videos left before Generate', () => {
    setup({ me: free(2) })
    expect(screen.getByTestId('videos-left').textContent).toBe('2 videos left on your free plan')
    expect(generate().disabled).toBe(false)
  })

  it('says on the button why Generate cannot run: no videos left', () => {
    setup({ me: free(0) })
    expect(generate().disabled).toBe(true)
    const why = screen.getByTestId('generate-why')
    expect(why.textContent).toContain('Generate needs a video left on your plan')
    expect(screen.getByTestId('videos-left').textContent).toBe('No videos left on your free plan')
    expect(generate().getAttribute('aria-describedby')).toBe(why.id)
  })

  it('says why Generate cannot run: no photos', () => {
    setup({ hasPhotos: false })
    expect(generate().disabled).toBe(true)
    expect(screen.getByTestId('generate-why').textContent).toContain('Upload a product photo')
  })

  it('while saving, says so under Generate and still takes the click (it waits for the save)', () => {
    const { onGenerate } = setup({ saving: true })
    expect(screen.getByTestId('generate-why').textContent).toContain('Saving your edits')
    fireEvent.click(generate())
    expect(onGenerate).toHaveBeenCalledTimes(1)
  })

  it("puts a generate error under the button and a scene's error beside that scene", () => {
    setup({
      generateError: 'you have no videos left on the free plan',
      sceneErrors: { 'scenes[2].duration_seconds': 'scene 3: must last at least 1 second', scenes: 'scene durations add up to 31 s' },
    })
    expect(screen.getByTestId('generate-why').textContent).toBe('you have no videos left on the free plan')
    const scene3 = document.querySelector('[data-scene="3"]') as HTMLElement
    expect(within(scene3).getByText('scene 3: must last at least 1 second')).toBeTruthy()
    expect(document.querySelector('[data-scene="2"]')?.textContent).not.toContain('must last')
    expect(screen.getByText('Not saved: scene durations add up to 31 s')).toBeTruthy()
  })
})
