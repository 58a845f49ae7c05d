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

export function StageSteps({ stage }: { stage: Stage }) {
  const current = CONVERSATION_STAGES.findIndex((s) => s.id === stage)
  return (
    <ol aria-label="Conversation stages" className="flex flex-wrap gap-1 text-xs">
      {CONVERSATION_STAGES.map((s, i) => (
        <li
          key={s.id}
          aria-current={i === current ? 'step' : undefined}
          className={`rounded-full px-2 py-1 font-medium ${
            i === current ? 'bg-brand text-white' : i < current ? 'bg-indigo-100 text-indigo-900' : 'bg-slate-200 text-slate-700'
          }`}
        >
          <span className="sr-only">{i < current ? 'Done: ' : i === current ? 'Current: ' : 'Later: '}</span>
          {s.label}
        </li>
      ))}
    </ol>
  )
}

interface ChatPanelProps {
  messages: Message[]
  stage: Stage
  sending: boolean
  onSend: (text: string) => void | Promise<void>
}

export function ChatPanel({ messages, stage, sending, onSend }: ChatPanelProps) {
  const [text, setText] = useState('')
  const end = useRef<HTMLDivElement>(null)

  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' })
  }, [messages.length])

  async function submit(e?: FormEvent) {
    e?.preventDefault()
    const t = text.trim()
    if (!t || sending) return
    setText('')
    await onSend(t)
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
        <StageSteps stage={stage} />
      </header>
      <div role="log" aria-live="polite" aria-label="Conversation" className="max-h-[55vh] min-h-48 flex-1 space-y-3 overflow-y-auto p-3">
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
              className={`max-w-[85%] whitespace-pre-wrap rounded-lg px-3 py-2 text-sm ${
                m.role === 'user' ? 'bg-slate-800 text-white' : 'bg-slate-100 text-slate-900'
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
        <div ref={end} />
      </div>
      <form onSubmit={submit} className="flex items-end gap-2 border-t border-slate-200 p-3">
        <div className="flex-1">
          <label htmlFor="chat-input" className="sr-only">
            Message
          </label>
          <textarea
            id="chat-input"
            rows={2}
            value={text}
            maxLength={4000}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKey}
            placeholder="Tell Zapcut about your brand and product…"
            className="w-full resize-none rounded-md border border-slate-400 px-3 py-2 text-sm placeholder:text-slate-500"
          />
        </div>
        <Button type="submit" disabled={sending || text.trim() === ''} aria-label="Send message">
          <Send size={16} aria-hidden="true" />
          <span className="hidden sm:inline">Send</span>
        </Button>
      </form>
    </section>
  )
}
