import { create } from 'zustand'
import { session, signIn, signOut } from '../lib/api'

interface AuthState {
  signedIn: boolean
  email: string | null
  signIn: (kind: 'signup' | 'login', email: string, password: string) => Promise<void>
  signOut: () => Promise<void>
}

export const useAuth = create<AuthState>((set) => ({
  signedIn: session.refreshToken() !== null,
  email: session.email(),
  async signIn(kind, email, password) {
    await signIn(kind, email, password)
    set({ signedIn: true, email: session.email() })
  },
  async signOut() {
    await signOut()
  },
}))

session.onChange((signedIn) => useAuth.setState({ signedIn, email: signedIn ? session.email() : null }))
