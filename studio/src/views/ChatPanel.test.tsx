import { act, fireEvent, render, screen, within } from '@testing-library/react'
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

  it('takes a long paste whole and shows its length, refusing it over the limit before anything is cut', () => {
    const onSend = vi.fn()
    render(<ChatPanel messages={messages} stage="collect_brand_info" sending={false} onSend={onSend} maxChars={50000} />)
    const box = screen.getByLabelText('Message') as HTMLTextAreaElement
    const send = screen.getByRole('button', { name: 'Send message' })
    const doc = 'Luna Coffee brand book. '.repeat(834) // about 20,000 characters
    fireEvent.change(box, { target: { value: doc } })
    expect(box.value).toHaveLength(doc.length)
    expect(screen.getByText(`${doc.length.toLocaleString('en-US')} of 50,000 characters`)).toBeTruthy()
    expect(send).toHaveProperty('disabled', false)

    fireEvent.change(box, { target: { value: 'x'.repeat(50001) } })
    expect(box.value).toHaveLength(50001) // kept, not cut
    expect(send).toHaveProperty('disabled', true)
    expect(document.getElementById('chat-length')?.textContent).toBe(
      'Too long to send: 50,001 characters, and a message can have 50,000. Shorten it or send it in parts.',
    )
    fireEvent.keyDown(box, { key: 'Enter' })
    expect(onSend).not.toHaveBeenCalled()
  })

  it('shows no count for a short message', () => {
    render(<ChatPanel messages={messages} stage="collect_brand_info" sending={false} onSend={() => {}} />)
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Luna Coffee' } })
    expect(document.getElementById('chat-length')?.textContent).toBe('')
  })

  it('puts a message that failed back in the box and says why under it', async () => {
    const onSend = vi.fn(async () => false)
    const { rerender } = render(<ChatPanel messages={messages} stage="collect_brand_info" sending={false} onSend={onSend} />)
    const box = screen.getByLabelText('Message') as HTMLTextAreaElement
    fireEvent.change(box, { target: { value: 'Introducing Luna Cold Brew' } })
    await act(async () => fireEvent.keyDown(box, { key: 'Enter' }))
    expect(box.value).toBe('Introducing Luna Cold Brew')
    rerender(<ChatPanel messages={messages} stage="collect_brand_info" sending={false} onSend={onSend} error="Too many requests" />)
    const form = box.closest('form') as HTMLElement
    expect(within(form).getByRole('alert').textContent).toBe('Not sent: Too many requests')
  })

  it('makes the steps reached buttons that go back to them; a later step is disabled and says why', () => {
    const onGoTo = vi.fn()
    render(<ChatPanel messages={messages} stage="collect_assets" sending={false} onSend={() => {}} onGoToStage={onGoTo} />)
    fireEvent.click(screen.getByRole('button', { name: 'Brand' }))
    expect(onGoTo).toHaveBeenCalledWith('collect_brand_info')
    const later = screen.getByRole('button', { name: 'Review' })
    expect(later).toHaveProperty('disabled', true)
    expect(later.getAttribute('title')).toBe('Not reached yet: finish the Photos step first')
    fireEvent.click(later)
    expect(onGoTo).toHaveBeenCalledTimes(1)
    // The current step is where the conversation is: nothing to go back to.
    expect(screen.getByRole('button', { name: 'Photos' })).toHaveProperty('disabled', true)
  })

  it('after going back, the steps the brief already reaches are buttons that go forward again', () => {
    const onGoTo = vi.fn()
    render(
      <ChatPanel messages={messages} stage="collect_brand_info" reachable="final_review" sending={false} onSend={() => {}} onGoToStage={onGoTo} />,
    )
    const review = screen.getByRole('button', { name: 'Review' })
    expect(review).toHaveProperty('disabled', false)
    expect(review.getAttribute('title')).toBe('Go on to the Review step; everything you gave is kept')
    fireEvent.click(review)
    expect(onGoTo).toHaveBeenCalledWith('final_review')
  })

  it('offers no step while a generation runs, and never Generate or Export as a step to go to', () => {
    const onGoTo = vi.fn()
    render(
      <ChatPanel
        messages={messages}
        stage="generate_video"
        sending={false}
        onSend={() => {}}
        onGoToStage={onGoTo}
        stepsLocked="Your ad is being made"
        stageError="the conversation is at generate_video"
      />,
    )
    expect(screen.getByRole('button', { name: 'Review' })).toHaveProperty('disabled', true)
    expect(screen.getByRole('button', { name: 'Review' }).getAttribute('title')).toBe('Your ad is being made')
    expect(screen.getByRole('button', { name: 'Generate' })).toHaveProperty('disabled', true)
    expect(screen.getByRole('alert').textContent).toBe('the conversation is at generate_video')
  })
})
