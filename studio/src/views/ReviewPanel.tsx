import { Clapperboard, Sparkles } from 'lucide-react'
import { useEffect, useState } from 'react'
import { Button } from '../components/ui/button'
import { Card, CardTitle } from '../components/ui/card'
import { formatCents, formatSeconds } from '../lib/stages'
import type { ReviewPlan } from '../lib/types'
import type { SceneDraft } from '../store/workspace'

const round = (n: number) => Math.round(n * 100) / 100

/**
 * Changes one scene's length and gives the difference to its neighbour (the next scene, or the
 * previous one for the last), so the scenes always add up to the ad's length. Lengths are whole
 * bars of the music (`bar` seconds), each scene at least one bar, so every cut lands on a bar line.
 */
export function rebalance(scenes: SceneDraft[], index: number, wanted: number, bar: number): SceneDraft[] {
  const out = scenes.map((s) => ({ ...s }))
  const other = index + 1 < out.length ? index + 1 : index - 1
  if (other < 0 || !Number.isFinite(wanted) || !(bar > 0)) return out
  const poolBars = Math.round((out[index].duration_seconds + out[other].duration_seconds) / bar)
  const bars = Math.min(Math.max(1, Math.round(wanted / bar)), poolBars - 1)
  out[index].duration_seconds = bars * bar
  out[other].duration_seconds = (poolBars - bars) * bar
  return out
}

interface ReviewPanelProps {
  review: ReviewPlan
  busy: boolean
  hasPhotos: boolean
  onGenerate: (scenes: SceneDraft[]) => void
}

export function ReviewPanel({ review, busy, hasPhotos, onGenerate }: ReviewPanelProps) {
  const [scenes, setScenes] = useState<SceneDraft[]>([])

  useEffect(() => {
    setScenes(
      review.scenes.map((s) => ({
        scene_index: s.scene_index,
        title: s.title,
        description: s.description,
        overlay_text: s.overlay_text ?? '',
        duration_seconds: s.duration_seconds,
      })),
    )
  }, [review])

  const total = round(scenes.reduce((a, s) => a + s.duration_seconds, 0))
  const bible = review.creative_bible
  const update = (i: number, change: Partial<SceneDraft>) =>
    setScenes((all) => all.map((s, j) => (j === i ? { ...s, ...change } : s)))

  return (
    <Card aria-labelledby="review-title">
      <CardTitle id="review-title">Final review</CardTitle>
      <dl className="mb-4 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">Length</dt>
          <dd className="font-medium">{review.duration_seconds} s</dd>
        </div>
        <div>
          <dt className="text-slate-600">Format</dt>
          <dd className="font-medium">{review.aspect_ratio}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Estimated time</dt>
          <dd className="font-medium" data-testid="estimated-time">
            about {formatSeconds(review.estimated_duration_seconds)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Estimated cost</dt>
          <dd className="font-medium" data-testid="estimated-cost">
            {formatCents(review.estimated_cost_cents)}
            {review.estimated_cost_cents === 0 ? ' (offline)' : ''}
          </dd>
        </div>
      </dl>

      <h3 className="mb-2 flex items-center gap-2 text-sm font-semibold">
        <Sparkles size={16} aria-hidden="true" /> Creative bible
      </h3>
      <ul aria-label="Palette" className="mb-2 flex flex-wrap gap-2">
        {bible.colors.map((c) => (
          <li key={c} className="flex items-center gap-1 text-xs">
            <span aria-hidden="true" className="inline-block h-6 w-6 rounded border border-slate-400" style={{ backgroundColor: c }} />
            <span className="font-mono">{c}</span>
          </li>
        ))}
      </ul>
      <ul aria-label="Style words" className="mb-4 flex flex-wrap gap-1">
        {review.style_words.map((w) => (
          <li key={w} className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs text-indigo-900">
            {w}
          </li>
        ))}
        <li className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-800">energy {bible.energy_level}/10</li>
      </ul>

      <h3 className="mb-2 flex items-center gap-2 text-sm font-semibold">
        <Clapperboard size={16} aria-hidden="true" /> Storyboard
      </h3>
      <ol aria-label="Storyboard" className="space-y-3">
        {scenes.map((s, i) => (
          <li key={s.scene_index} data-scene={s.scene_index} className="rounded-md border border-slate-200 p-3">
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <h4 className="text-sm font-semibold">
                Scene {s.scene_index}: {s.title}
              </h4>
              <label className="flex items-center gap-1 text-sm">
                <span>Duration of scene {s.scene_index} (s)</span>
                <input
                  type="number"
                  min={round(review.bar_seconds)}
                  step={round(review.bar_seconds)}
                  value={round(s.duration_seconds)}
                  onChange={(e) => setScenes((all) => rebalance(all, i, parseFloat(e.target.value), review.bar_seconds))}
                  className="w-20 rounded-md border border-slate-400 px-2 py-1"
                />
              </label>
            </div>
            <label className="mb-1 block text-xs font-medium text-slate-700" htmlFor={`scene-${s.scene_index}-description`}>
              Scene {s.scene_index} description
            </label>
            <textarea
              id={`scene-${s.scene_index}-description`}
              rows={3}
              maxLength={1000}
              value={s.description}
              onChange={(e) => update(i, { description: e.target.value })}
              className="mb-2 w-full rounded-md border border-slate-400 px-2 py-1 text-sm"
            />
            <label className="mb-1 block text-xs font-medium text-slate-700" htmlFor={`scene-${s.scene_index}-overlay`}>
              Scene {s.scene_index} on-screen text
            </label>
            <input
              id={`scene-${s.scene_index}-overlay`}
              maxLength={120}
              value={s.overlay_text}
              onChange={(e) => update(i, { overlay_text: e.target.value })}
              className="w-full rounded-md border border-slate-400 px-2 py-1 text-sm"
            />
          </li>
        ))}
      </ol>
      <p className={`mt-3 text-sm ${total === review.duration_seconds ? 'text-slate-700' : 'text-red-800'}`} aria-live="polite">
        Scenes add up to {total} s of {review.duration_seconds} s.
      </p>
      <p className="text-xs text-slate-700">
        Lengths change in steps of {round(review.bar_seconds)} s, one bar of the music, so every cut lands on the beat.
      </p>
      {!hasPhotos && <p className="mt-2 text-sm text-red-800">Upload a product photo to generate.</p>}
      <Button
        className="mt-3 w-full sm:w-auto"
        disabled={busy || !hasPhotos || total !== review.duration_seconds || scenes.some((s) => !s.description.trim())}
        onClick={() => onGenerate(scenes)}
      >
        <Clapperboard size={16} aria-hidden="true" /> {busy ? 'Starting…' : 'Generate video'}
      </Button>
    </Card>
  )
}
