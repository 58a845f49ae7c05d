import { useState, type KeyboardEvent } from 'react'
import { parseSeconds, secondsText } from '../lib/storyboard'

interface SceneDurationInputProps {
  id: string
  label: string
  /** The scene's length as the draft holds it. */
  value: string
  /** Called when the field is left (or Enter): the text as typed, checked by the caller then. */
  onCommit: (text: string) => void
  invalid: boolean
  describedBy: string
}

/**
 * A scene's length in seconds, typed freely: while the field has focus it keeps exactly what was typed
 * ("1", then "10"), and only leaving it hands the text on to be checked. Arrow keys step by a second.
 */
export function SceneDurationInput({ id, label, value, onCommit, invalid, describedBy }: SceneDurationInputProps) {
  const [typing, setTyping] = useState<string | null>(null)

  function leave() {
    if (typing !== null && typing !== value) onCommit(typing)
    setTyping(null)
  }

  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    const now = typing ?? value
    if (e.key === 'Enter') {
      e.preventDefault()
      leave()
    } else if (e.key === 'Escape') {
      setTyping(null)
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const s = parseSeconds(now)
      if (s === null) return
      e.preventDefault()
      setTyping(secondsText(Math.max(0, s + (e.key === 'ArrowUp' ? 1 : -1))))
    }
  }

  return (
    <label className="flex items-center gap-1 text-sm">
      <span>{label}</span>
      {/* Text, not type=number: a number box rewrites or empties what is being typed ("1." or "1e"). */}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={typing ?? value}
        onFocus={() => setTyping(value)}
        onChange={(e) => setTyping(e.target.value)}
        onBlur={leave}
        onKeyDown={onKey}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={`w-20 rounded-md border px-2 py-1 ${invalid ? 'border-red-700' : 'border-slate-400'}`}
      />
    </label>
  )
}
