import { Sparkles } from 'lucide-react'
import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { Card, CardTitle } from '../components/ui/card'
import { BRIEF_FIELDS, briefPatch, briefText, sameBrief, type BriefFieldSpec } from '../lib/brief'
import type { BriefPatch, ConversationState } from '../lib/types'

type Patch = (patch: BriefPatch, field: string) => Promise<boolean>

interface BriefPanelProps {
  state: ConversationState
  imageCount: number
  /** Server errors by field (PATCH key); "" for what names none. */
  errors: Record<string, string>
  onPatch: Patch
  /** Why the brief cannot be changed now (a generation runs), or null. */
  locked: string | null
}

/**
 * The brief as the chat understood it, one field per fact, each editable in place. The fields show the
 * server's conversation state; an edit is sent as PATCH /brief and what comes back re-renders both the
 * fields and the chat, so they are two views of one state.
 */
export function BriefPanel({ state, imageCount, errors, onPatch, locked }: BriefPanelProps) {
  const delegated = new Set(state.delegated ?? [])
  return (
    <Card aria-labelledby="brief-title">
      <CardTitle id="brief-title">Your brief</CardTitle>
      <p className="mb-3 text-xs text-slate-700">
        Filled in from the chat. Change any field here (Enter or leaving the field saves it), or tell the chat.
      </p>
      {locked && <p className="mb-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">{locked}</p>}
      {errors[''] && (
        <p role="alert" className="mb-3 text-sm text-red-800">
          {errors['']}
        </p>
      )}
      <fieldset disabled={locked !== null} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <legend className="sr-only">Brief fields</legend>
        {BRIEF_FIELDS.map((spec) => (
          <BriefField
            key={spec.key}
            spec={spec}
            value={briefText(state, spec.key)}
            chosenByZapcut={delegated.has(spec.key)}
            serverError={errors[spec.key] ?? null}
            onPatch={onPatch}
          />
        ))}
        <PhotoCount count={imageCount} />
      </fieldset>
    </Card>
  )
}

/** How many product photos there are, with the way to the upload area (photos are added there, not here). */
function PhotoCount({ count }: { count: number }) {
  return (
    <div data-field="photos" className="text-sm">
      <p className="mb-1 font-medium text-slate-800">Photos</p>
      <p>
        {count === 0 ? 'None yet' : `${count} photo${count === 1 ? '' : 's'}`} ·{' '}
        <a
          href="#assets-title"
          onClick={(e) => {
            // Scrolls to the upload area and puts the keyboard there, without a history entry.
            e.preventDefault()
            document.getElementById('assets-title')?.scrollIntoView?.({ behavior: 'smooth', block: 'start' })
            document.getElementById('asset-file')?.focus({ preventScroll: true })
          }}
          className="text-brand underline"
        >
          {count === 0 ? 'Upload photos' : 'Manage photos'}
        </a>
      </p>
    </div>
  )
}

interface BriefFieldProps {
  spec: BriefFieldSpec
  /** The server's value, as text. */
  value: string
  chosenByZapcut: boolean
  serverError: string | null
  onPatch: Patch
}

/**
 * One brief field edited in place. While the user edits it, it shows their text (a server answer to
 * something else does not overwrite it); once saved, it shows the server's value again. A refused edit
 * keeps the user's text and says why under the field.
 */
export function BriefField({ spec, value, chosenByZapcut, serverError, onPatch }: BriefFieldProps) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [origin, setOrigin] = useState(value)
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  // The server changed the field (the chat understood a correction) while the user had it open but had
  // not typed: show the new value rather than the one the editing began with.
  useEffect(() => {
    if (draft !== null && draft === origin && value !== origin) {
      setDraft(value)
      setOrigin(value)
    }
  }, [value, draft, origin])

  const shown = draft ?? value

  function edit(text: string) {
    if (draft === null) setOrigin(value)
    setDraft(text)
    setProblem(null)
  }

  async function send(patch: BriefPatch) {
    setSaving(true)
    const ok = await onPatch(patch, spec.key)
    setSaving(false)
    if (ok) setDraft(null)
  }

  async function commit(text: string | null = draft) {
    if (text === null) return
    if (sameBrief(spec, text, value)) {
      setDraft(null)
      setProblem(null)
      return
    }
    const checked = briefPatch(spec, text)
    if ('problem' in checked) {
      setProblem(checked.problem)
      return
    }
    await send(checked.patch)
  }

  function onKey(e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (e.key === 'Escape') {
      setDraft(null)
      setProblem(null)
    } else if (e.key === 'Enter' && (spec.kind === 'text' || e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      void commit()
    }
  }

  const error = problem ?? serverError
  const noteId = `${id}-note`
  const box = `w-full rounded-md border px-2 py-1 text-sm ${error ? 'border-red-700' : 'border-slate-400'} disabled:bg-slate-100`
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': noteId,
    className: box,
  }

  return (
    <div data-field={spec.key} className={spec.kind === 'lines' || spec.key === 'creative_direction' ? 'sm:col-span-2' : ''}>
      <div className="mb-1 flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {spec.label}
        </label>
        {chosenByZapcut && (
          <span className="inline-flex items-center gap-1 rounded-full bg-indigo-50 px-2 py-0.5 text-xs text-indigo-900">
            <Sparkles size={12} aria-hidden="true" /> chosen by Zapcut
          </span>
        )}
        {spec.choosable && !chosenByZapcut && (
          <button
            type="button"
            onClick={() => void send({ choose: [spec.key] })}
            disabled={saving}
            aria-label={`Let Zapcut choose the ${spec.label.toLowerCase()}`}
            className="ml-auto rounded px-1 text-xs text-brand underline hover:bg-indigo-50 disabled:text-slate-500"
          >
            Let Zapcut choose
          </button>
        )}
      </div>
      {spec.kind === 'choice' ? (
        <select
          {...common}
          value={shown}
          onChange={(e) => {
            edit(e.target.value)
            void commit(e.target.value)
          }}
        >
          {shown === '' && <option value="">Not given yet</option>}
          {spec.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : spec.kind === 'lines' ? (
        <textarea
          {...common}
          rows={Math.min(5, Math.max(2, shown.split('\n').length))}
          value={shown}
          // Handed to Zapcut, the scene ideas stay empty: Zapcut's choice is the storyboard itself.
          placeholder={chosenByZapcut ? 'Zapcut writes the scenes (see the storyboard); add ideas here to steer them' : spec.placeholder}
          onChange={(e) => edit(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={onKey}
        />
      ) : (
        <input
          {...common}
          value={shown}
          placeholder={value === '' ? `Not given yet (${spec.placeholder})` : spec.placeholder}
          onChange={(e) => edit(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={onKey}
        />
      )}
      <p id={noteId} role={error ? 'alert' : undefined} className={`mt-0.5 text-xs ${error ? 'text-red-800' : 'text-slate-600'}`}>
        {error ?? (saving ? 'Saving…' : spec.kind === 'lines' ? 'One idea per line, up to five; Ctrl+Enter saves.' : '')}
      </p>
    </div>
  )
}
