import { useState, type FormEvent } from 'react'
import { Button } from '../components/ui/button'
import { Card } from '../components/ui/card'
import { ErrorNote, Field } from '../components/ui/field'
import { messageOf } from '../lib/api'
import { useAuth } from '../store/auth'
import { useRouter } from '../store/router'

export function AuthView({ mode }: { mode: 'login' | 'signup' }) {
  const signIn = useAuth((s) => s.signIn)
  const navigate = useRouter((s) => s.navigate)
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await signIn(mode, email.trim(), password)
      navigate('/projects', true)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  const other = mode === 'login' ? 'signup' : 'login'
  return (
    <div className="mx-auto max-w-md p-4 pt-10">
      <Card>
        <h1 className="mb-4 text-xl font-semibold">{mode === 'login' ? 'Log in to Zapcut' : 'Create your Zapcut account'}</h1>
        <form onSubmit={submit} className="space-y-3">
          <Field label="Email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
          <Field
            label="Password"
            type="password"
            autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
          {mode === 'signup' && <p className="text-xs text-slate-700">At least 8 characters, with upper- and lower-case letters, a digit and a symbol.</p>}
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
