import { Bot, Send, User } from 'lucide-react'
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react'
import { Button } from '../components/ui/button'
import { CONVERSATION_STAGES } from '../lib/stages'
import type { Message, Stage } from '../lib/types'

/** Renders **bold** spans of an orchestrator message; everything else is plain text. */
function rich(text: string): ReactNode[] {
  return text.split(/(\*\*[^*]+\*\*)/g).map((part, i) =>
    part.startsWith('**') && part.endsWith('**') ? <strong key={i}>{part.slice(2, -2)}</strong> : part,
  )
}

/** The steps a user can go back to: the conversation's, up to the review (Generate starts from the review's button). */
const LAST_STEP = CONVERSATION_STAGES.findIndex((s) => s.id === 'final_review')

/**
 * Why a step label cannot be clicked, or null when it can: it goes back to that step, or forward to one
 * the brief already reaches (`reachable`, from the server, after the user went back).
 */
export function stepBlocked(target: number, current: number, locked: string | null, reachable: number = current): string | null {
  const label = CONVERSATION_STAGES[target].label
  if (target === current) return `${label} is the current step`
  if (target > LAST_STEP) return `${label} starts from the Generate button at the review`
  if (target > Math.max(current, reachable)) {
    const from = CONVERSATION_STAGES[Math.max(current, reachable)].label
    return `Not reached yet: finish the ${from} step first`
  }
  return locked
}

interface StageStepsProps {
  stage: Stage
  /** The furthest step the brief reaches now (the server's `reachable`); defaults to the current one. */
  reachable?: Stage
  /** Goes back to a step; without it the labels only show where the conversation is. */
  onGoTo?: (stage: Stage) => void
  /** Why no step can be chosen now (e.g. a generation is running), or null. */
  locked?: string | null
  busy?: boolean
}

/** The conversation's steps; each one reached is a button that goes back to it, keeping everything already said. */
export function StageSteps({ stage, reachable, onGoTo, locked = null, busy = false }: StageStepsProps) {
  const current = CONVERSATION_STAGES.findIndex((s) => s.id === stage)
  const reach = reachable ? CONVERSATION_STAGES.findIndex((s) => s.id === reachable) : current
  return (
    <ol aria-label="Conversation stages" className="flex flex-wrap gap-1 text-xs">
      {CONVERSATION_STAGES.map((s, i) => {
        const blocked = onGoTo ? stepBlocked(i, current, locked, reach) : 'Steps can be chosen once the conversation has loaded'
        return (
          <li key={s.id} aria-current={i === current ? 'step' : undefined}>
            <span className="sr-only">{i < current ? 'Done: ' : i === current ? 'Current: ' : 'Later: '}</span>
            <button
              type="button"
              disabled={blocked !== null || busy}
              title={blocked ?? (i < current ? `Go back to the ${s.label} step; nothing you said is lost` : `Go on to the ${s.label} step; everything you gave is kept`)}
              onClick={() => onGoTo?.(s.id)}
              className={`rounded-full px-2 py-1 font-medium disabled:cursor-not-allowed ${
                i === current
                  ? 'bg-brand text-white disabled:cursor-default'
                  : i < current
                    ? 'bg-indigo-100 text-indigo-900 enabled:hover:bg-indigo-200 enabled:underline'
                    : 'bg-slate-200 text-slate-700'
              }`}
            >
              {s.label}
            </button>
          </li>
        )
      })}
    </ol>
  )
}

/** From this length on, the box shows how many characters the message has. */
export const SHOW_COUNT_FROM = 2000
export const DEFAULT_MAX_MESSAGE_CHARS = 50000

const count = (n: number) => n.toLocaleString('en-US')

/** What the box says about the message's length: nothing for short ones; the count near the limit; the limit when over. */
export function lengthNote(length: number, max: number): { text: string; over: boolean } | null {
  if (length > max) {
    return {
      text: `Too long to send: ${count(length)} characters, and a message can have ${count(max)}. Shorten it or send it in parts.`,
      over: true,
    }
  }
  if (length >= SHOW_COUNT_FROM) return { text: `${count(length)} of ${count(max)} characters`, over: false }
  return null
}

interface ChatPanelProps {
  messages: Message[]
  stage: Stage
  sending: boolean
  /** Resolves false when the message was not taken: the text goes back into the box. */
  onSend: (text: string) => void | boolean | Promise<void | boolean>
  /** Why the last message failed, shown under the box. */
  error?: string | null
  maxChars?: number
  onGoToStage?: (stage: Stage) => void
  stageError?: string | null
  stepsLocked?: string | null
  /** The furthest step the brief reaches now; steps up to it are buttons. */
  reachable?: Stage
}

export function ChatPanel({
  messages,
  stage,
  sending,
  onSend,
  error = null,
  maxChars = DEFAULT_MAX_MESSAGE_CHARS,
  onGoToStage,
  stageError = null,
  stepsLocked = null,
  reachable,
}: ChatPanelProps) {
  const [text, setText] = useState('')
  const log = useRef<HTMLDivElement>(null)
  const note = lengthNote(text.length, maxChars)

  // The newest message comes into view inside the log only: scrolling it into view would move the
  // whole page too, away from whatever the user is looking at (the finished ad, the export).
  useEffect(() => {
    const el = log.current
    if (el) el.scrollTop = el.scrollHeight
  }, [messages.length])

  async function submit(e?: FormEvent) {
    e?.preventDefault()
    const t = text.trim()
    if (!t || sending || t.length > maxChars) return
    setText('')
    // A message that did not go through comes back into the box, unless something new was typed meanwhile.
    if ((await onSend(t)) === false) setText((now) => (now === '' ? t : now))
  }

  function onKey(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault()
      void submit()
    }
  }

  return (
    <section aria-labelledby="chat-title" className="flex min-h-0 flex-col rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="border-b border-slate-200 p-3">
        <h2 id="chat-title" className="mb-2 text-base font-semibold">
          Chat with the orchestrator
        </h2>
        <StageSteps stage={stage} reachable={reachable} onGoTo={onGoToStage} locked={stepsLocked} busy={sending} />
        {stageError && (
          <p role="alert" className="mt-2 text-sm text-red-800">
            {stageError}
          </p>
        )}
      </header>
      <div ref={log} role="log" aria-live="polite" aria-label="Conversation" className="max-h-[55vh] min-h-48 flex-1 space-y-3 overflow-y-auto p-3">
        {messages.map((m) => (
          <div key={m.id} data-role={m.role} className={`flex gap-2 ${m.role === 'user' ? 'flex-row-reverse' : ''}`}>
            <span
              aria-hidden="true"
              className={`mt-1 flex h-7 w-7 shrink-0 items-center justify-center rounded-full ${
                m.role === 'user' ? 'bg-slate-700 text-white' : 'bg-brand text-white'
              }`}
            >
              {m.role === 'user' ? <User size={16} /> : <Bot size={16} />}
            </span>
            <p
              className={`max-w-[85%] whitespace-pre-wrap break-words rounded-lg px-3 py-2 text-sm ${
                m.role === 'user' ? 'max-h-64 overflow-y-auto bg-slate-800 text-white' : 'bg-slate-100 text-slate-900'
              }`}
            >
              <span className="sr-only">{m.role === 'user' ? 'You: ' : 'Zapcut: '}</span>
              {rich(m.content)}
            </p>
          </div>
        ))}
        {sending && (
          <p className="text-sm text-slate-600" role="status">
            Zapcut is thinking…
          </p>
        )}
      </div>
      <form onSubmit={submit} className="border-t border-slate-200 p-3">
        <div className="flex items-end gap-2">
          <div className="flex-1">
            <label htmlFor="chat-input" className="sr-only">
              Message
            </label>
            {/* No maxLength: a long paste must never be cut without a word; the limit is said below instead. */}
            <textarea
              id="chat-input"
              rows={2}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKey}
              aria-invalid={note?.over || undefined}
              aria-describedby="chat-length chat-error"
              placeholder="Tell Zapcut about your brand and product…"
              className="w-full resize-none rounded-md border border-slate-400 px-3 py-2 text-sm placeholder:text-slate-500"
            />
          </div>
          <Button type="submit" disabled={sending || text.trim() === '' || !!note?.over} aria-label="Send message">
            <Send size={16} aria-hidden="true" />
            <span className="hidden sm:inline">Send</span>
          </Button>
        </div>
        <p id="chat-length" aria-live="polite" className={`mt-1 text-xs ${note?.over ? 'font-medium text-red-800' : 'text-slate-600'}`}>
          {note?.text}
        </p>
        {error && (
          <p id="chat-error" role="alert" className="mt-1 text-sm text-red-800">
            Not sent: {error}
          </p>
        )}
      </form>
    </section>
  )
}
