import { useId } from 'react'
import type { StoryboardScene } from '../../lib/revisions'
import { secondsText } from '../../lib/revisions'

/** Which scene the editor shows: each by its number, title and length, marked when it has edits or a problem. */
export function ScenePicker({
  storyboard,
  value,
  onPick,
  edited,
  troubled,
}: {
  storyboard: StoryboardScene[]
  value: number
  onPick: (scene: number) => void
  /** Scenes whose edits change something. */
  edited: number[]
  /** Scenes the server found a problem with. */
  troubled: number[]
}) {
  const id = useId()
  return (
    <div className="mb-3">
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        Scene to edit
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onPick(Number(e.target.value))}
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
      >
        {storyboard.map((s) => (
          <option key={s.scene_index} value={s.scene_index}>
            Scene {s.scene_index}
            {s.title ? `: ${s.title}` : ''} ({secondsText(s.duration)} s)
            {edited.includes(s.scene_index) ? ' · changed' : ''}
            {troubled.includes(s.scene_index) ? ' · needs a fix' : ''}
          </option>
        ))}
      </select>
    </div>
  )
}
