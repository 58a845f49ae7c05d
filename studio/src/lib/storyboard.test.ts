import { describe, expect, it } from 'vitest'
import { durationProblem, makeUpDifference, mergeDraft, parseSeconds, savable, totalProblem, type SceneDraft } from './storyboard'

const drafts = (lengths: string[], text = 'x'): SceneDraft[] =>
  lengths.map((d, i) => ({ scene_index: i + 1, title: '', description: text, overlay_text: '', voiceover: '', duration: d }))

describe('scene lengths', () => {
  it('reads what people type, and nothing else', () => {
    expect(['10', '2.5', ' 7 ', '7,5', '.5', '3.'].map(parseSeconds)).toEqual([10, 2.5, 7, 7.5, 0.5, 3])
    expect(['', 'abc', '1e3', '-2', '1.2.3'].map(parseSeconds)).toEqual([null, null, null, null, null])
  })

  it('says what is wrong with one length', () => {
    expect(durationProblem('0.5')).toBe('At least 1 s')
    expect(durationProblem('ten')).toBe('Enter a length in seconds, e.g. 6')
    expect(durationProblem('1')).toBeNull()
  })

  it('says the rule for the total, with the total now', () => {
    expect(totalProblem(drafts(['5', '10', '7.5', '7.5', '7.5']), 30)).toBe('Scenes add up to 30 s; now 37.5 s')
    expect(totalProblem(drafts(['6', '6', '6', '6', '6']), 30)).toBeNull()
    // In whole frames, as the server counts: 7.33 + 7.33 + 7.34 + 4 + 4 is 30 s.
    expect(totalProblem(drafts(['7.33', '7.33', '7.34', '4', '4']), 30)).toBeNull()
  })

  it('makes up the difference with the next scene (the previous one for the last)', () => {
    expect(makeUpDifference(drafts(['6', '8', '6', '6', '6']), 1, 30)?.drafts.map((d) => d.duration)).toEqual(['6', '8', '4', '6', '6'])
    expect(makeUpDifference(drafts(['6', '6', '6', '6', '3']), 4, 30)?.neighbour).toBe(4)
    expect(makeUpDifference(drafts(['6', '12', '6', '6', '6']), 1, 30)).toBeNull() // scene 3 would last 0 s
  })
})

describe('the draft and the server', () => {
  it("takes the server's value for fields the user left alone and keeps the ones being edited", () => {
    const base = drafts(['6', '6', '6', '6', '6'])
    const draft = base.map((d, i) => (i === 0 ? { ...d, description: 'typing' } : i === 1 ? { ...d, duration: '6.0' } : d))
    const remote = base.map((d, i) => (i === 0 ? { ...d, description: 'server' } : i === 1 ? { ...d, duration: '5' } : { ...d, overlay_text: 'new' }))
    const merged = mergeDraft(draft, base, remote)
    expect(merged[0].description).toBe('typing')
    expect(merged[1].duration).toBe('5') // "6.0" is the 6 the server had: not an edit
    expect(merged[2].overlay_text).toBe('new')
  })

  it('sends the lengths the server has while the typed ones break the rule, and never a blank description', () => {
    const base = drafts(['6', '6', '6', '6', '6'])
    const draft = drafts(['6', '10', '6', '6', '6']).map((d, i) => (i === 2 ? { ...d, description: ' ' } : d))
    const sent = savable(draft, base, 30)
    expect(sent.map((s) => s.duration_seconds)).toEqual([6, 6, 6, 6, 6])
    expect(sent[2].description).toBe('x')
    expect(savable(drafts(['7.33', '7.33', '7.34', '4', '4']), base, 30)[0].duration_seconds).toBeCloseTo(220 / 30, 10)
  })
})
