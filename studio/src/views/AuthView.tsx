import { useState, type FormEvent } from 'react'
import { Button } from '../components/ui/button'
import { Card } from '../components/ui/card'
import { ErrorNote, Field } from '../components/ui/field'
import { ApiError, messageOf } from '../lib/api'
import { useAuth } from '../store/auth'
import { useRouter } from '../store/router'
import { SamplePitch } from './SamplePitch'

type FieldErrors = Record<string, string[]>

/**
 * The server's field problems, each field's messages once: its `detail` already repeats every
 * message, so showing both said each rule twice.
 */
export function fieldErrorsOf(e: unknown): FieldErrors {
  const out: FieldErrors = {}
  if (!(e instanceof ApiError)) return out
  for (const { field, message } of e.errors) {
    const list = (out[field] ??= [])
    if (!list.includes(message)) list.push(message)
  }
  return out
}

/** "Password must contain a digit."; no second stop after a message that ends in one ("... or ?"). */
const sentence = (label: string, message: string) => `${label} ${message}${/[.!?]$/.test(message) ? '' : '.'}`

export function AuthView({ mode }: { mode: 'login' | 'signup' }) {
  const signIn = useAuth((s) => s.signIn)
  const navigate = useRouter((s) => s.navigate)
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    setFieldErrors({})
    try {
      await signIn(mode, email.trim(), password)
      navigate('/projects', true)
    } catch (err) {
      const byField = fieldErrorsOf(err)
      setFieldErrors(byField)
      // Problems that belong to a field are shown beside it; only the rest gets the general note.
      if (Object.keys(byField).length === 0) setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  const other = mode === 'login' ? 'signup' : 'login'
  const emailErrors = fieldErrors['email'] ?? []
  const passwordErrors = fieldErrors['password'] ?? []
  const otherErrors = Object.entries(fieldErrors).filter(([field]) => field !== 'email' && field !== 'password')
  return (
    <div className="mx-auto grid max-w-5xl grid-cols-1 items-start gap-6 p-4 pt-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:pt-10">
      <SamplePitch onSignUp={mode === 'login' ? () => navigate('/signup') : undefined} />
      <Card>
        <h1 className="mb-4 text-xl font-semibold">{mode === 'login' ? 'Log in to Zapcut' : 'Create your Zapcut account'}</h1>
        <form onSubmit={submit} className="space-y-3">
          <div>
            <Field
              id="auth-email"
              label="Email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={emailErrors.length > 0 || undefined}
              aria-describedby={emailErrors.length > 0 ? 'email-errors' : undefined}
              required
            />
            <FieldProblems id="email-errors" label="Email" messages={emailErrors} />
          </div>
          <div>
            <Field
              id="auth-password"
              label="Password"
              type="password"
              autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={passwordErrors.length > 0 || undefined}
              aria-describedby={mode === 'signup' ? (passwordErrors.length > 0 ? 'password-errors' : 'password-rules') : undefined}
              required
            />
            {passwordErrors.length > 0 ? (
              <FieldProblems id="password-errors" label="Password" messages={passwordErrors} />
            ) : (
              mode === 'signup' && (
                <p id="password-rules" className="mt-1 text-xs text-slate-700">
                  At least 8 characters, with upper- and lower-case letters, a digit and a symbol.
                </p>
              )
            )}
          </div>
          {otherErrors.map(([field, messages]) => (
            <FieldProblems key={field} id={`${field}-errors`} label={field.replace(/_/g, ' ')} messages={messages} />
          ))}
          <ErrorNote>{error}</ErrorNote>
          <Button type="submit" disabled={busy} className="w-full">
            {mode === 'login' ? 'Log in' : 'Sign up'}
          </Button>
        </form>
        <p className="mt-4 text-sm">
          {mode === 'login' ? 'New to Zapcut? ' : 'Already have an account? '}
          <a
            href={`/${other}`}
            onClick={(e) => {
              e.preventDefault()
              navigate(`/${other}`)
            }}
            className="font-medium text-brand-dark underline"
          >
            {mode === 'login' ? 'Sign up' : 'Log in'}
          </a>
        </p>
      </Card>
    </div>
  )
}

/** One line per broken rule, right under its field, announced when it appears. */
function FieldProblems({ id, label, messages }: { id: string; label: string; messages: string[] }) {
  if (messages.length === 0) return null
  const capital = label.charAt(0).toUpperCase() + label.slice(1)
  return (
    <ul id={id} role="alert" aria-label={`${capital} problems`} className="mt-1 space-y-0.5 text-sm text-red-800">
      {messages.map((m) => (
        <li key={m}>{sentence(capital, m)}</li>
      ))}
    </ul>
  )
}
