import { useId } from 'react'
import type { MusicChoice } from './draft'
import { FieldError } from './FieldError'

const CHOICES: { value: MusicChoice; label: string }[] = [
  { value: 'keep', label: 'Keep the music' },
  { value: 'mood', label: 'A new mood' },
  { value: 'again', label: 'Compose it again' },
]

/** The soundtrack: kept, in a new mood (written), or the same mood composed again. */
export function MusicFields({
  choice,
  mood,
  onChoice,
  onMood,
  error,
}: {
  choice: MusicChoice
  mood: string
  onChoice: (c: MusicChoice) => void
  onMood: (mood: string) => void
  error: string | null | undefined
}) {
  const id = useId()
  return (
    <fieldset className="mb-3 rounded-md border border-slate-200 p-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="px-1 text-sm font-semibold">Music</legend>
      <div className="flex flex-wrap gap-4 text-sm">
        {CHOICES.map((c) => (
          <label key={c.value} className="flex items-center gap-1">
            <input type="radio" name={`${id}-music`} value={c.value} checked={choice === c.value} onChange={() => onChoice(c.value)} />
            {c.label}
          </label>
        ))}
      </div>
      {choice === 'mood' && (
        <div className="mt-2">
          <label htmlFor={`${id}-mood`} className="mb-1 block text-sm font-medium text-slate-800">
            Music mood
          </label>
          <input
            id={`${id}-mood`}
            type="text"
            value={mood}
            placeholder="calm and dreamy"
            onChange={(e) => onMood(e.target.value)}
            aria-invalid={!!error || undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={`w-full rounded-md border bg-white px-3 py-2 text-sm ${error ? 'border-red-600' : 'border-slate-400'}`}
          />
        </div>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  )
}
