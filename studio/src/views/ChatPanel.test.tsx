import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Message } from '../lib/types'
import { ChatPanel } from './ChatPanel'

const messages: Message[] = [
  { id: 1, role: 'assistant', content: "Hi! What's your **brand** called?", stage: 'collect_brand_info', created_at: '' },
  { id: 2, role: 'user', content: 'Luna Coffee', stage: 'collect_brand_info', created_at: '' },
]

describe('ChatPanel', () => {
  it('shows the conversation with bold spans and marks the current stage', () => {
    render(<ChatPanel messages={messages} stage="collect_product_info" sending={false} onSend={() => {}} />)
    const log = screen.getByRole('log', { name: 'Conversation' })
    expect(log.textContent).toContain('Luna Coffee')
    expect(screen.getByText('brand').tagName).toBe('STRONG')
    const current = screen.getByRole('list', { name: 'Conversation stages' }).querySelector('[aria-current="step"]')
    expect(current?.textContent).toContain('Product')
  })

  it('sends the trimmed text on Enter and clears the box; Shift+Enter does not send', async () => {
    const onSend = vi.fn()
    render(<ChatPanel messages={messages} stage="collect_brand_info" sending={false} onSend={onSend} />)
    const box = screen.getByLabelText('Message') as HTMLTextAreaElement
    fireEvent.change(box, { target: { value: '  Introducing Luna Cold Brew  ' } })
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true })
    expect(onSend).not.toHaveBeenCalled()
    fireEvent.keyDown(box, { key: 'Enter' })
    expect(onSend).toHaveBeenCalledWith('Introducing Luna Cold Brew')
    expect(box.value).toBe('')
  })

  it('does not send blank text or while a reply is pending', () => {
    const onSend = vi.fn()
    render(<ChatPanel messages={messages} stage="collect_brand_info" sending={true} onSend={onSend} />)
    const send = screen.getByRole('button', { name: 'Send message' })
    expect(send).toHaveProperty('disabled', true)
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'hello' } })
    fireEvent.click(send)
    expect(onSend).not.toHaveBeenCalled()
    expect(screen.getByRole('status').textContent).toContain('thinking')
  })
})
