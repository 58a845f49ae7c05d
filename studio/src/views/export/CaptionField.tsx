import { useId } from 'react'
import type { PlatformId } from '../../lib/publishing'
import { labelOf } from '../../lib/publishing'
import type { CheckState } from './useCaption'

/**
 * The caption box with the platform's count as the server counts it ("length / limit", red when
 * over), and under it what the server found wrong: its problems and the safety check's violations.
 */
export function CaptionField({
  platform,
  value,
  onChange,
  state,
  error,
}: {
  platform: PlatformId
  value: string
  onChange: (text: string) => void
  state: CheckState
  /** A refusal of the post that is about the caption (validation, safety). */
  error?: string | null
}) {
  const id = useId()
  const { check } = state
  const current = state.checkedText === value
  const over = check != null && check.length > check.limit
  const problems = current && check ? check.problems : []
  const violations = current && check ? check.violations : []
  const invalid = (current && check != null && !check.ok && value !== '') || !!error
  return (
    <div>
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          Caption for {labelOf(platform)}
        </label>
        <span
          id={`${id}-count`}
          data-testid="caption-count"
          aria-label={check ? `${check.length} of ${check.limit} characters` : 'Counting characters'}
          className={`text-sm tabular-nums ${over ? 'font-semibold text-red-700' : 'text-slate-600'} ${current ? '' : 'opacity-70'}`}
        >
          {check ? `${check.length} / ${check.limit}` : '– / –'}
        </span>
      </div>
      <textarea
        id={id}
        rows={4}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-count ${id}-notes`}
        placeholder={platform === 'x' ? 'What should the post say?' : 'What do you want to talk about?'}
        className={`w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 ${
          invalid ? 'border-red-500' : 'border-slate-400'
        }`}
      />
      <div id={`${id}-notes`} aria-live="polite" className="space-y-1 text-sm">
        {value !== '' &&
          problems.map((p) => (
            <p key={p} className="text-red-700">
              {p}
            </p>
          ))}
        {violations.length > 0 && (
          <ul aria-label="Safety check" className="list-inside list-disc text-red-700">
            {violations.map((v, i) => (
              <li key={i}>
                {v.description}
                {v.line ? <span className="text-slate-600"> (“{v.line}”)</span> : null}
              </li>
            ))}
          </ul>
        )}
        {state.error && <p className="text-amber-800">The length could not be checked just now ({state.error}); posting checks it again.</p>}
        {error && <p className="text-red-700">{error}</p>}
      </div>
    </div>
  )
}
