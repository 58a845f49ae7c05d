import { create } from 'zustand'

interface RouterState {
  path: string
  navigate: (path: string, replace?: boolean) => void
}

/** A very small client router over the History API; the server answers index.html for these paths. */
export const useRouter = create<RouterState>((set) => ({
  path: typeof window === 'undefined' ? '/' : window.location.pathname,
  navigate(path, replace = false) {
    if (path === window.location.pathname) return
    if (replace) window.history.replaceState(null, '', path)
    else window.history.pushState(null, '', path)
    set({ path })
    window.scrollTo(0, 0)
  },
}))

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => useRouter.setState({ path: window.location.pathname }))
}
