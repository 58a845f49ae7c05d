import { LogOut, Zap } from 'lucide-react'
import { useEffect } from 'react'
import { Button } from './components/ui/button'
import { useAuth } from './store/auth'
import { useRouter } from './store/router'
import { AuthView } from './views/AuthView'
import { ProjectView } from './views/ProjectView'
import { ProjectsView } from './views/ProjectsView'

export function App() {
  const { signedIn, email, signOut } = useAuth()
  const { path, navigate } = useRouter()
  const project = /^\/projects\/([0-9a-f-]{36})\/?$/.exec(path)

  useEffect(() => {
    if (!signedIn && path !== '/login' && path !== '/signup') navigate('/login', true)
    if (signedIn && (path === '/' || path === '/login' || path === '/signup')) navigate('/projects', true)
  }, [signedIn, path, navigate])

  return (
    <div className="min-h-full">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-3 py-2 sm:px-6">
        <a
          href="/projects"
          onClick={(e) => {
            e.preventDefault()
            navigate(signedIn ? '/projects' : '/login')
          }}
          className="flex items-center gap-2 font-semibold text-slate-900"
        >
          <Zap size={20} className="text-brand" aria-hidden="true" /> Zapcut Studio
        </a>
        {signedIn && (
          <div className="flex items-center gap-2 text-sm">
            <span className="hidden text-slate-700 sm:inline">{email}</span>
            <Button variant="ghost" onClick={signOut}>
              <LogOut size={16} aria-hidden="true" /> Log out
            </Button>
          </div>
        )}
      </header>
      <main id="main">
        {!signedIn ? (
          <AuthView mode={path === '/signup' ? 'signup' : 'login'} />
        ) : project ? (
          <ProjectView projectId={project[1]} />
        ) : (
          <ProjectsView />
        )}
      </main>
    </div>
  )
}
