import { create } from 'zustand'
import { session, signIn } from '../lib/api'

interface AuthState {
  signedIn: boolean
  email: string | null
  signIn: (kind: 'signup' | 'login', email: string, password: string) => Promise<void>
  signOut: () => void
}

export const useAuth = create<AuthState>((set) => ({
  signedIn: session.refreshToken() !== null,
  email: session.email(),
  async signIn(kind, email, password) {
    await signIn(kind, email, password)
    set({ signedIn: true, email: session.email() })
  },
  signOut() {
    session.clear()
  },
}))

session.onChange((signedIn) => useAuth.setState({ signedIn, email: signedIn ? session.email() : null }))
