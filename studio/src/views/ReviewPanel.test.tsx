import { describe, expect, it } from 'vitest'
import { rebalance } from './ReviewPanel'

const scenes = [6, 6, 6, 7, 5].map((d, i) => ({ scene_index: i + 1, title: '', description: 'x', overlay_text: '', duration_seconds: d }))

describe('rebalance', () => {
  it('keeps the total when one scene changes', () => {
    const out = rebalance(scenes, 1, 8, 1)
    expect(out.map((s) => s.duration_seconds)).toEqual([6, 8, 4, 7, 5])
    expect(rebalance(scenes, 4, 3, 1).map((s) => s.duration_seconds)).toEqual([6, 6, 6, 9, 3])
  })

  it('keeps every scene at least one bar', () => {
    expect(rebalance(scenes, 0, 50, 1).map((s) => s.duration_seconds)).toEqual([11, 1, 6, 7, 5])
    expect(rebalance(scenes, 0, 0, 1).map((s) => s.duration_seconds)).toEqual([1, 11, 6, 7, 5])
  })

  it('moves whole bars only', () => {
    const bars = [6, 6, 6, 6, 6].map((d, i) => ({ ...scenes[i], duration_seconds: d }))
    expect(rebalance(bars, 1, 7, 3).map((s) => s.duration_seconds)).toEqual([6, 6, 6, 6, 6])
    expect(rebalance(bars, 1, 9, 3).map((s) => s.duration_seconds)).toEqual([6, 9, 3, 6, 6])
    expect(rebalance(bars, 1, 10, 3).map((s) => s.duration_seconds)).toEqual([6, 9, 3, 6, 6])
  })
})
