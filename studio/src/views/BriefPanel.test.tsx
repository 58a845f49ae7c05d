import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { BriefPatch, ConversationState } from '../lib/types'
import { BriefPanel } from './BriefPanel'

const state = (over: Partial<ConversationState> = {}): ConversationState => ({
  brand: 'Luna Coffee',
  product: 'Luna Cold Brew',
  audience: 'busy professionals',
  benefit: null,
  creative_direction: null,
  music_mood: null,
  duration_seconds: 30,
  aspect_ratio: '16:9',
  requested_scenes: [],
  delegated: [],
  job_id: null,
  ad_id: null,
  ...over,
})

function setup(s = state(), errors: Record<string, string> = {}, locked: string | null = null) {
  const onPatch = vi.fn(async (_patch: BriefPatch, _field: string) => true)
  const view = render(<BriefPanel state={s} imageCount={1} errors={errors} onPatch={onPatch} locked={locked} />)
  return { onPatch, view }
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement
const box = (key: string) => document.querySelector(`[data-field="${key}"]`) as HTMLElement

describe('BriefPanel', () => {
  it('shows the facts the chat understood, one field each, and the photos with the way to the upload area', () => {
    setup()
    expect(field('Brand').value).toBe('Luna Coffee')
    expect(field('Product').value).toBe('Luna Cold Brew')
    expect(field('Audience').value).toBe('busy professionals')
    expect(field('Benefit').value).toBe('')
    expect(field('Benefit').placeholder).toContain('Not given yet')
    expect((screen.getByLabelText('Length') as HTMLSelectElement).value).toBe('30')
    expect((screen.getByLabelText('Format') as HTMLSelectElement).value).toBe('16:9')
    expect(box('photos').textContent).toContain('1 photo')
    expect(screen.getByRole('link', { name: 'Manage photos' }).getAttribute('href')).toBe('#assets-title')
  })

  it('sends an edit when Enter is pressed, only the field changed', async () => {
    const { onPatch } = setup()
    fireEvent.change(field('Product'), { target: { value: 'Luna Oat Latte' } })
    await act(async () => fireEvent.keyDown(field('Product'), { key: 'Enter' }))
    expect(onPatch).toHaveBeenCalledWith({ product: 'Luna Oat Latte' }, 'product')
  })

  it('sends an edit when the field is left, and nothing when it did not change', async () => {
    const { onPatch } = setup()
    fireEvent.focus(field('Brand'))
    await act(async () => fireEvent.blur(field('Brand')))
    expect(onPatch).not.toHaveBeenCalled()
    fireEvent.change(field('Music mood'), { target: { value: 'upbeat' } })
    await act(async () => fireEvent.blur(field('Music mood')))
    expect(onPatch).toHaveBeenCalledWith({ music_mood: 'upbeat' }, 'music_mood')
  })

  it('sends a new length as a number at once', async () => {
    const { onPatch } = setup()
    await act(async () => fireEvent.change(screen.getByLabelText('Length'), { target: { value: '15' } }))
    expect(onPatch).toHaveBeenCalledWith({ duration_seconds: 15 }, 'duration_seconds')
  })

  it('sends scene ideas as a list, one per line, and refuses a sixth under the field', async () => {
    const { onPatch } = setup()
    fireEvent.change(field('Scene ideas'), { target: { value: 'sunrise\n\n desk \n' } })
    await act(async () => fireEvent.blur(field('Scene ideas')))
    expect(onPatch).toHaveBeenCalledWith({ requested_scenes: ['sunrise', 'desk'] }, 'requested_scenes')
    fireEvent.change(field('Scene ideas'), { target: { value: 'a\nb\nc\nd\ne\nf' } })
    await act(async () => fireEvent.blur(field('Scene ideas')))
    expect(onPatch).toHaveBeenCalledTimes(1)
    expect(within(box('requested_scenes')).getByRole('alert').textContent).toContain('At most 5 scene ideas')
  })

  it('refuses to clear a required field, saying so under it, without sending', async () => {
    const { onPatch } = setup()
    fireEvent.change(field('Audience'), { target: { value: '  ' } })
    await act(async () => fireEvent.blur(field('Audience')))
    expect(onPatch).not.toHaveBeenCalled()
    expect(within(box('audience')).getByRole('alert').textContent).toBe('Audience cannot be empty: write one, or let Zapcut choose.')
    expect(field('Audience').getAttribute('aria-invalid')).toBe('true')
  })

  it("says the server's length limit under the field rather than cutting the text", async () => {
    const { onPatch } = setup()
    fireEvent.change(field('Tone & style'), { target: { value: 'w'.repeat(301) } })
    await act(async () => fireEvent.blur(field('Tone & style')))
    expect(onPatch).not.toHaveBeenCalled()
    expect(field('Tone & style').value).toHaveLength(301)
    expect(within(box('creative_direction')).getByRole('alert').textContent).toBe('Tone & style is 301 characters; the limit is 300.')
  })

  it('hands a field to Zapcut, and marks the fields Zapcut chose', async () => {
    const { onPatch, view } = setup()
    expect(screen.queryByRole('button', { name: 'Let Zapcut choose the brand' })).toBeNull() // only the user knows the brand
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Let Zapcut choose the audience' })))
    expect(onPatch).toHaveBeenCalledWith({ choose: ['audience'] }, 'audience')

    view.rerender(
      <BriefPanel
        state={state({ audience: 'commuters who want calm focus', delegated: ['audience'] })}
        imageCount={1}
        errors={{}}
        onPatch={onPatch}
        locked={null}
      />,
    )
    expect(field('Audience').value).toBe('commuters who want calm focus')
    expect(box('audience').textContent).toContain('chosen by Zapcut')
    expect(box('benefit').textContent).not.toContain('chosen by Zapcut')
  })

  it("shows the server's error under the field it names", () => {
    setup(state(), { benefit: 'must be at most 500 characters', '': 'the conversation changed; send it again' })
    expect(within(box('benefit')).getByRole('alert').textContent).toBe('must be at most 500 characters')
    expect(within(box('audience')).queryByRole('alert')).toBeNull()
    expect(screen.getByText('the conversation changed; send it again')).toBeTruthy()
  })

  it('follows the chat: a value the server changed shows, unless the user is typing in that field', () => {
    const { onPatch, view } = setup()
    fireEvent.change(field('Brand'), { target: { value: 'Luna Roasters' } })
    const next = state({ brand: 'Sol Coffee', product: 'Luna Cold Brew Decaf' })
    view.rerender(<BriefPanel state={next} imageCount={1} errors={{}} onPatch={onPatch} locked={null} />)
    expect(field('Brand').value).toBe('Luna Roasters')
    expect(field('Product').value).toBe('Luna Cold Brew Decaf')
  })

  it('keeps the typing after a refused edit, and drops it with Escape', async () => {
    const { onPatch } = setup()
    onPatch.mockResolvedValueOnce(false)
    fireEvent.change(field('Brand'), { target: { value: 'Luna Roasters' } })
    await act(async () => fireEvent.keyDown(field('Brand'), { key: 'Enter' }))
    expect(field('Brand').value).toBe('Luna Roasters')
    fireEvent.keyDown(field('Brand'), { key: 'Escape' })
    expect(field('Brand').value).toBe('Luna Coffee')
  })

  it('is read-only while a generation runs, saying why', () => {
    setup(state(), {}, 'The brief is fixed while this ad is made.')
    expect(field('Brand').matches(':disabled')).toBe(true) // through its fieldset
    expect(screen.getByText('The brief is fixed while this ad is made.')).toBeTruthy()
  })
})
