import { describe, expect, it } from 'vitest'
import { SseParser } from './sse'

describe('SseParser', () => {
  it('assembles events split across chunks and ignores comments', () => {
    const p = new SseParser()
    expect(p.push('event: snap')).toEqual([])
    expect(p.push('shot\ndata: {"a":1}\n')).toEqual([])
    expect(p.push('\n: keep-alive\n\ndata:x\r\ndata: y\r\n\r\n')).toEqual([
      { event: 'snapshot', data: '{"a":1}' },
      { event: 'message', data: 'x\ny' },
    ])
  })
})
