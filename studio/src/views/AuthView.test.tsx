import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AuthView } from './AuthView'

const weak = {
  type: 'https://zapcut.video/problems/validation-failed',
  title: 'Invalid request',
  status: 400,
  detail: 'password must contain an upper-case letter; password must contain a digit; password must contain a symbol such as ! # % & * - or ?',
  errors: [
    { field: 'password', message: 'must contain an upper-case letter' },
    { field: 'password', message: 'must contain a digit' },
    { field: 'password', message: 'must contain a symbol such as ! # % & * - or ?' },
  ],
}

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } })),
  )
}

async function signUpWith(password: string) {
  render(<AuthView mode="signup" />)
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'sam@example.com' } })
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } })
  fireEvent.click(screen.getByRole('button', { name: 'Sign up' }))
}

afterEach(() => vi.unstubAllGlobals())

describe('AuthView', () => {
  it('shows each broken password rule once, next to the password field', async () => {
    answer(400, weak)
    await signUpWith('lowercase')
    const list = await screen.findByRole('alert', { name: 'Password problems' })
    const items = Array.from(list.querySelectorAll('li')).map((li) => li.textContent)
    expect(items).toEqual([
      'Password must contain an upper-case letter.',
      'Password must contain a digit.',
      'Password must contain a symbol such as ! # % & * - or ?',
    ])
    // Nowhere else on the page does a rule appear a second time.
    const page = document.body.textContent ?? ''
    for (const e of weak.errors) expect(page.split(e.message).length - 1).toBe(1)
    const input = screen.getByLabelText('Password')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(input.getAttribute('aria-describedby')).toBe(list.id)
    expect(screen.queryByText(/At least 8 characters/)).toBeNull()
  })

  it('keeps problems that belong to no field in the general note', async () => {
    answer(409, { title: 'Email already registered', status: 409, detail: 'an account with this email already exists' })
    await signUpWith('Correct-Horse-9')
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('an account with this email already exists'))
  })
})

describe('the first screen', () => {
  it('says what Zapcut does and plays a sample ad, muted and looping, before the form', () => {
    render(<AuthView mode="login" />)
    expect(screen.getByTestId('pitch-line').textContent).toMatch(/brief and photos into a finished video ad/)
    const video = screen.getByLabelText('A sample ad made by Zapcut') as HTMLVideoElement
    expect(video.autoplay).toBe(true)
    expect(video.muted).toBe(true)
    expect(video.loop).toBe(true)
    expect(video.getAttribute('playsinline')).not.toBeNull()
    expect(video.getAttribute('src')).toMatch(/sample-ad.*\.mp4$/)
    // The pitch comes first in reading order, then the way in.
    const form = screen.getByRole('heading', { name: 'Log in to Zapcut' })
    expect(video.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(screen.getByRole('button', { name: /sign up/i })).toBeTruthy()
  })
})
