import { useId } from 'react'
import type { StoryboardScene } from '../../lib/revisions'
import { FPS, secondsText } from '../../lib/revisions'
import type { Placed, SceneDraft } from './draft'
import { typedSeconds } from './draft'
import { FieldError } from './FieldError'

const box = 'w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900'
const border = (bad: boolean) => (bad ? 'border-red-600' : 'border-slate-400')

/**
 * One scene as it is now (on-screen text, description, length) and the fields that change it; each
 * field shows the server's word on it underneath.
 */
export function SceneFields({
  scene,
  edit,
  onEdit,
  rebalance,
  onRebalance,
  messages,
}: {
  scene: StoryboardScene
  edit: SceneDraft | undefined
  onEdit: (edit: SceneDraft) => void
  rebalance: boolean
  onRebalance: (on: boolean) => void
  /** Messages by spot (the server's, and the studio's own about a length that is no number). */
  messages: Placed['fields']
}) {
  const id = useId()
  const n = scene.scene_index
  const overlay = edit?.overlay_text ?? scene.overlay_text ?? ''
  const voiceover = edit?.voiceover ?? scene.voiceover ?? ''
  const description = edit?.visual_description ?? scene.description ?? ''
  const length = edit?.duration ?? secondsText(scene.duration)
  const typed = typedSeconds(length)
  const errors = {
    scene: messages[`scene.${n}`],
    overlay: messages[`scene.${n}.overlay_text`],
    voiceover: messages[`scene.${n}.voiceover`],
    description: messages[`scene.${n}.visual_description`],
    length: messages[`scene.${n}.duration_seconds`],
    lengths: messages.lengths,
  }
  const described = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined

  return (
    <fieldset className="mb-3 space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">Scene {n}</legend>
      <dl aria-label={`Scene ${n} now`} className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded bg-slate-50 p-2 text-sm text-slate-700">
        <dt className="font-medium">On screen now</dt>
        <dd data-testid="scene-now-text">{scene.overlay_text ? `“${scene.overlay_text}”` : 'no text'}</dd>
        <dt className="font-medium">Says now</dt>
        <dd data-testid="scene-now-voiceover">{scene.voiceover ? `“${scene.voiceover}”` : 'no voiceover'}</dd>
        <dt className="font-medium">Shows now</dt>
        <dd>{scene.description ?? '–'}</dd>
        <dt className="font-medium">Lasts now</dt>
        <dd>{secondsText(scene.duration)} s</dd>
      </dl>
      <FieldError id={`${id}-scene`} message={errors.scene} />
      <div>
        <label htmlFor={`${id}-overlay`} className="mb-1 block text-sm font-medium text-slate-800">
          On-screen text
        </label>
        <input
          id={`${id}-overlay`}
          type="text"
          value={overlay}
          onChange={(e) => onEdit({ overlay_text: e.target.value })}
          aria-invalid={!!errors.overlay || undefined}
          aria-describedby={described(!!errors.overlay && `${id}-overlay-error`)}
          className={`${box} ${border(!!errors.overlay)}`}
        />
        <FieldError id={`${id}-overlay-error`} message={errors.overlay} />
      </div>
      <div>
        <label htmlFor={`${id}-voiceover`} className="mb-1 block text-sm font-medium text-slate-800">
          Voiceover
        </label>
        <input
          id={`${id}-voiceover`}
          type="text"
          value={voiceover}
          onChange={(e) => onEdit({ voiceover: e.target.value })}
          aria-invalid={!!errors.voiceover || undefined}
          aria-describedby={described(`${id}-voiceover-hint`, !!errors.voiceover && `${id}-voiceover-error`)}
          className={`${box} ${border(!!errors.voiceover)}`}
        />
        <p id={`${id}-voiceover-hint`} className="text-xs text-slate-600">
          What the voice says over this scene; only the voice and its captions are made again. Empty: the scene breathes.
        </p>
        <FieldError id={`${id}-voiceover-error`} message={errors.voiceover} />
      </div>
      <div>
        <label htmlFor={`${id}-description`} className="mb-1 block text-sm font-medium text-slate-800">
          Visual description
        </label>
        <textarea
          id={`${id}-description`}
          rows={3}
          value={description}
          onChange={(e) => onEdit({ visual_description: e.target.value })}
          aria-invalid={!!errors.description || undefined}
          aria-describedby={described(`${id}-description-hint`, !!errors.description && `${id}-description-error`)}
          className={`${box} ${border(!!errors.description)}`}
        />
        <p id={`${id}-description-hint`} className="text-xs text-slate-600">
          A new picture: this scene is drawn and animated again.
        </p>
        <FieldError id={`${id}-description-error`} message={errors.description} />
      </div>
      <div>
        <label htmlFor={`${id}-length`} className="mb-1 block text-sm font-medium text-slate-800">
          Length (seconds)
        </label>
        {/* Text, not type=number: a number box rewrites or empties what is being typed ("1." or "1e"). */}
        <input
          id={`${id}-length`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={length}
          onChange={(e) => onEdit({ duration: e.target.value })}
          aria-invalid={!!(errors.length || errors.lengths) || undefined}
          aria-describedby={described(`${id}-length-hint`, !!errors.length && `${id}-length-error`, !!errors.lengths && `${id}-lengths-error`)}
          className={`w-28 rounded-md border bg-white px-3 py-2 text-sm ${border(!!(errors.length || errors.lengths))}`}
        />
        <p id={`${id}-length-hint`} className="text-xs text-slate-600">
          {typed === null ? 'In seconds, in whole frames at 30 fps.' : `${secondsText(typed)} s = ${Math.round(typed * FPS)} frames at ${FPS} fps.`}
        </p>
        <FieldError id={`${id}-length-error`} message={errors.length} />
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={rebalance}
            onChange={(e) => onRebalance(e.target.checked)}
            aria-describedby={errors.lengths ? `${id}-lengths-error` : undefined}
          />
          Let the other scenes absorb the difference
        </label>
        <FieldError id={`${id}-lengths-error`} message={errors.lengths} />
      </div>
    </fieldset>
  )
}
