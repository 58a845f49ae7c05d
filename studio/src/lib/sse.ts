import { authFetch } from './api'

export interface SseMessage {
  event: string
  data: string
}

/** Splits a text/event-stream into messages; feed it chunks, it returns the complete messages. */
export class SseParser {
  private buffer = ''
  private event = 'message'
  private data: string[] = []

  push(chunk: string): SseMessage[] {
    this.buffer += chunk
    const out: SseMessage[] = []
    let newline: number
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buffer.slice(0, newline)
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1
      this.buffer = this.buffer.slice(newline + width)
      if (line === '') {
        if (this.data.length > 0) out.push({ event: this.event, data: this.data.join('\n') })
        this.event = 'message'
        this.data = []
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':')
        const field = colon < 0 ? line : line.slice(0, colon)
        let value = colon < 0 ? '' : line.slice(colon + 1)
        if (value.startsWith(' ')) value = value.slice(1)
        if (field === 'event') this.event = value
        else if (field === 'data') this.data.push(value)
      }
    }
    return out
  }
}

/**
 * Reads an SSE stream with fetch() (EventSource cannot send the Authorization header). Resolves
 * when the server ends the stream; rejects on a network error unless aborted.
 */
export async function readEvents(path: string, onMessage: (m: SseMessage) => void, signal: AbortSignal): Promise<void> {
  const response = await authFetch(path, { headers: { Accept: 'text/event-stream' }, signal })
  if (!response.ok || !response.body) throw new Error(`cannot follow progress (HTTP ${response.status})`)
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  const parser = new SseParser()
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    for (const m of parser.push(value)) onMessage(m)
  }
}
