import { FolderPlus, Film } from 'lucide-react'
import { useEffect, useState, type FormEvent } from 'react'
import { Button } from '../components/ui/button'
import { Card, CardTitle } from '../components/ui/card'
import { ErrorNote, Field } from '../components/ui/field'
import { json, messageOf, request } from '../lib/api'
import type { ProjectSummary } from '../lib/types'
import { useRouter } from '../store/router'

export function ProjectsView() {
  const navigate = useRouter((s) => s.navigate)
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    request<{ projects: ProjectSummary[] }>('/v1/projects?limit=100')
      .then((r) => setProjects(r.projects))
      .catch((e) => setError(messageOf(e)))
  }, [])

  async function create(e: FormEvent) {
    e.preventDefault()
    if (!name.trim()) return
    setBusy(true)
    setError(null)
    try {
      const p = await json<{ id: string }>('POST', '/v1/projects', { name: name.trim() })
      navigate(`/projects/${p.id}`)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="mx-auto max-w-3xl space-y-4 p-3 sm:p-6">
      <h1 className="text-xl font-semibold">Your projects</h1>
      <Card>
        <CardTitle>New project</CardTitle>
        <form onSubmit={create} className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <Field label="Project name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} className="flex-1" required />
          <Button type="submit" disabled={busy || !name.trim()}>
            <FolderPlus size={16} aria-hidden="true" /> Create project
          </Button>
        </form>
      </Card>
      <ErrorNote>{error}</ErrorNote>
      {projects === null ? (
        <p role="status">Loading projects…</p>
      ) : projects.length === 0 ? (
        <p className="text-slate-700">No projects yet: create one to start a conversation.</p>
      ) : (
        <ul aria-label="Projects" className="space-y-2">
          {projects.map((p) => (
            <li key={p.id}>
              <a
                href={`/projects/${p.id}`}
                onClick={(e) => {
                  e.preventDefault()
                  navigate(`/projects/${p.id}`)
                }}
                className="flex items-center justify-between rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand"
              >
                <span className="font-medium">{p.name}</span>
                <span className="flex items-center gap-1 text-sm text-slate-700">
                  <Film size={14} aria-hidden="true" /> {p.total_ads} ad{p.total_ads === 1 ? '' : 's'}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
