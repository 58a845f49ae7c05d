import { Clapperboard, Sparkles } from 'lucide-react'
import { useState } from 'react'
import { Button } from '../components/ui/button'
import { Card, CardTitle } from '../components/ui/card'
import { formatCents, formatSeconds } from '../lib/stages'
import {
  durationProblem,
  durationsValid,
  makeUpDifference,
  sceneOfField,
  secondsText,
  totalProblem,
  unsaved,
  type SceneDraft,
} from '../lib/storyboard'
import type { Profile, ReviewPlan, SceneEditPayload } from '../lib/types'
import { SceneDurationInput } from './SceneDurationInput'
import { useStoryboardDraft } from './useStoryboardDraft'

interface ReviewPanelProps {
  review: ReviewPlan
  busy: boolean
  hasPhotos: boolean
  /** A scene save is on its way. */
  saving: boolean
  /** The server's refusals of the scenes, by problem field ("scenes[2].duration_seconds", "scenes"). */
  sceneErrors: Record<string, string>
  generateError: string | null
  me: Profile | null
  onSave: (scenes: SceneEditPayload[]) => Promise<boolean>
  onSaveAsPageCloses: (scenes: SceneEditPayload[]) => void
  onGenerate: (scenes: SceneEditPayload[]) => void
}

/** "2 videos left on your free plan"; null for an account that is not metered (the command line's local one). */
export function videosLeft(me: Profile | null): string | null {
  if (!me || me.subscription_tier === 'local') return null
  const n = me.videos_remaining
  return `${n === 0 ? 'No' : n} video${n === 1 ? '' : 's'} left on your ${me.subscription_tier} plan`
}

/** Why Generate cannot run, in words for under the button, or null when it can. */
export function generateBlocked(drafts: SceneDraft[], length: number, hasPhotos: boolean, me: Profile | null): string | null {
  if (me && me.subscription_tier !== 'local' && me.videos_remaining <= 0) {
    return 'Generate needs a video left on your plan, and none is. (A generation that fails gives its video back.)'
  }
  if (!hasPhotos) return 'Upload a product photo first (Product photos, below).'
  const blank = drafts.find((d) => d.description.trim() === '')
  if (blank) return `Scene ${blank.scene_index} needs a description.`
  if (drafts.some((d) => durationProblem(d.duration) !== null)) return 'Fix the scene lengths marked above first.'
  const total = totalProblem(drafts, length)
  if (total) return `Fix the scene lengths first: ${total.charAt(0).toLowerCase()}${total.slice(1)}.`
  return null
}

export function ReviewPanel({
  review,
  busy,
  hasPhotos,
  saving,
  sceneErrors,
  generateError,
  me,
  onSave,
  onSaveAsPageCloses,
  onGenerate,
}: ReviewPanelProps) {
  const { draft, base, edit, replace, flush, forGenerate } = useStoryboardDraft(review, { save: onSave, saveAsPageCloses: onSaveAsPageCloses })
  /** The scene whose length was changed last: its neighbour is offered to make up the difference. */
  const [lastTimed, setLastTimed] = useState<number | null>(null)
  const length = review.duration_seconds
  const bible = review.creative_bible
  const total = totalProblem(draft, length)
  const fix = total && lastTimed !== null ? makeUpDifference(draft, lastTimed, length) : null
  const blocked = generateBlocked(draft, length, hasPhotos, me)
  const left = videosLeft(me)
  const lengthsHeldBack = !durationsValid(draft, length) && unsaved(draft, base)

  return (
    <Card aria-labelledby="review-title">
      <CardTitle id="review-title">Final review</CardTitle>
      <dl className="mb-4 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">Length</dt>
          <dd className="font-medium">{length} s</dd>
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
      {review.rendering_note && (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950" data-testid="rendering-note">
          {review.rendering_note}
        </p>
      )}

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
        {draft.map((s, i) => (
          <SceneEditor
            key={s.scene_index}
            scene={s}
            errors={errorsOfScene(sceneErrors, i)}
            onEdit={(change) => edit(i, change)}
            onDuration={(text) => {
              setLastTimed(i)
              edit(i, { duration: text }, true)
            }}
            onLeave={flush}
          />
        ))}
      </ol>
      <div aria-live="polite" className="mt-3 text-sm">
        {total ? (
          <p className="font-medium text-red-800" data-testid="scene-total">
            {total}.
          </p>
        ) : (
          <p className="text-slate-700" data-testid="scene-total">
            Scenes add up to {length} s of {length} s.
          </p>
        )}
        {fix && (
          <Button variant="secondary" className="mt-1 px-2 py-1 text-xs" onClick={() => replace(fix.drafts)}>
            Make scene {fix.neighbour} {fix.drafts.find((d) => d.scene_index === fix.neighbour)?.duration} s to fit
          </Button>
        )}
        <p className="text-xs text-slate-700">
          Each scene lasts at least 1 s; together they make the ad's {length} s. A cut at a multiple of {secondsText(review.bar_seconds)} s
          lands on the music's beat.
        </p>
        <SaveStatus saving={saving} error={sceneErrors['scenes'] ?? null} lengthsHeldBack={lengthsHeldBack} length={length} />
      </div>

      <GenerateControl
        busy={busy}
        saving={saving}
        blocked={blocked}
        videosLeft={left}
        error={generateError}
        onGenerate={() => onGenerate(forGenerate())}
      />
    </Card>
  )
}

/** The server's messages for scene `index`, by the field they name. */
function errorsOfScene(errors: Record<string, string>, index: number): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [field, message] of Object.entries(errors)) {
    if (sceneOfField(field) === index) out[field.replace(/^scenes\[\d+\]\.?/, '') || 'scene'] = message
  }
  return out
}

interface SceneEditorProps {
  scene: SceneDraft
  /** The server's refusals for this scene: "description", "overlay_text", "duration_seconds", "scene". */
  errors: Record<string, string>
  onEdit: (change: Partial<SceneDraft>) => void
  onDuration: (text: string) => void
  onLeave: () => void
}

function SceneEditor({ scene: s, errors, onEdit, onDuration, onLeave }: SceneEditorProps) {
  const n = s.scene_index
  const durationNote = durationProblem(s.duration) ?? errors['duration_seconds'] ?? null
  const descriptionNote = s.description.trim() === '' ? 'A scene needs a description.' : (errors['description'] ?? null)
  const overlayNote = errors['overlay_text'] ?? null
  const voiceoverNote = errors['voiceover'] ?? null
  return (
    <li data-scene={n} className="rounded-md border border-slate-200 p-3">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h4 className="text-sm font-semibold">
          Scene {n}: {s.title}
        </h4>
        <div className="flex flex-col items-end">
          <SceneDurationInput
            id={`scene-${n}-duration`}
            label={`Duration of scene ${n} (s)`}
            value={s.duration}
            onCommit={onDuration}
            invalid={durationNote !== null}
            describedBy={`scene-${n}-duration-note`}
          />
          <p id={`scene-${n}-duration-note`} role={durationNote ? 'alert' : undefined} className="text-xs text-red-800">
            {durationNote}
          </p>
        </div>
      </div>
      <label className="mb-1 block text-xs font-medium text-slate-700" htmlFor={`scene-${n}-description`}>
        Scene {n} description
      </label>
      <textarea
        id={`scene-${n}-description`}
        rows={3}
        maxLength={1000}
        value={s.description}
        onChange={(e) => onEdit({ description: e.target.value })}
        onBlur={onLeave}
        aria-invalid={descriptionNote ? true : undefined}
        aria-describedby={`scene-${n}-description-note`}
        className="w-full rounded-md border border-slate-400 px-2 py-1 text-sm"
      />
      <p id={`scene-${n}-description-note`} role={descriptionNote ? 'alert' : undefined} className="mb-1 text-xs text-red-800">
        {descriptionNote}
      </p>
      <label className="mb-1 block text-xs font-medium text-slate-700" htmlFor={`scene-${n}-overlay`}>
        Scene {n} on-screen text
      </label>
      <input
        id={`scene-${n}-overlay`}
        maxLength={120}
        value={s.overlay_text}
        onChange={(e) => onEdit({ overlay_text: e.target.value })}
        onBlur={onLeave}
        aria-invalid={overlayNote ? true : undefined}
        aria-describedby={`scene-${n}-overlay-note`}
        className="w-full rounded-md border border-slate-400 px-2 py-1 text-sm"
      />
      <p id={`scene-${n}-overlay-note`} role={overlayNote ? 'alert' : undefined} className="text-xs text-red-800">
        {overlayNote}
      </p>
      <label className="mb-1 block text-xs font-medium text-slate-700" htmlFor={`scene-${n}-voiceover`}>
        Scene {n} voiceover
      </label>
      <input
        id={`scene-${n}-voiceover`}
        maxLength={200}
        value={s.voiceover}
        placeholder="No voice: the scene breathes"
        onChange={(e) => onEdit({ voiceover: e.target.value })}
        onBlur={onLeave}
        aria-invalid={voiceoverNote ? true : undefined}
        aria-describedby={`scene-${n}-voiceover-note`}
        className="w-full rounded-md border border-slate-400 px-2 py-1 text-sm"
      />
      <p id={`scene-${n}-voiceover-note`} role={voiceoverNote ? 'alert' : undefined} className="text-xs text-red-800">
        {voiceoverNote}
      </p>
      {errors['scene'] && (
        <p role="alert" className="text-xs text-red-800">
          {errors['scene']}
        </p>
      )}
    </li>
  )
}

function SaveStatus({ saving, error, lengthsHeldBack, length }: { saving: boolean; error: string | null; lengthsHeldBack: boolean; length: number }) {
  if (error) {
    return (
      <p role="alert" className="mt-1 text-red-800">
        Not saved: {error}
      </p>
    )
  }
  return (
    <p role="status" className="mt-1 text-xs text-slate-700" data-testid="save-status">
      {saving
        ? 'Saving your edits…'
        : lengthsHeldBack
          ? `The lengths are saved once they add up to ${length} s; other edits are saved as you make them.`
          : 'Edits are saved as you make them.'}
    </p>
  )
}

interface GenerateControlProps {
  busy: boolean
  saving: boolean
  /** Why it cannot run, or null. */
  blocked: string | null
  videosLeft: string | null
  error: string | null
  onGenerate: () => void
}

/**
 * Generate, with what it costs the user (videos left) before it, and right under it why it cannot run
 * or why it just failed. While edits are being saved it stays clickable and waits for them: disabling it
 * then would swallow the click that left the last field edited (its blur starts a save).
 */
function GenerateControl({ busy, saving, blocked, videosLeft, error, onGenerate }: GenerateControlProps) {
  const why = blocked ?? error ?? (saving ? 'Saving your edits first; the ad is made from them.' : null)
  return (
    <div className="mt-3">
      {videosLeft && (
        <p className="mb-1 text-sm text-slate-800" data-testid="videos-left">
          {videosLeft}
        </p>
      )}
      <Button className="w-full sm:w-auto" disabled={busy || blocked !== null} aria-describedby="generate-why" onClick={onGenerate}>
        <Clapperboard size={16} aria-hidden="true" /> {busy ? 'Starting…' : 'Generate video'}
      </Button>
      <p
        id="generate-why"
        role={blocked || error ? 'alert' : undefined}
        data-testid="generate-why"
        className={`mt-1 text-sm ${blocked || error ? 'text-red-800' : 'text-slate-700'}`}
      >
        {why}
      </p>
    </div>
  )
}
