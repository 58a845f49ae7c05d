import { create } from 'zustand'
import { authFetch, json, messageOf, objectUrl, request } from '../lib/api'
import { applyEvent, fromSnapshot, isTerminal, type JobView } from '../lib/progress'
import { readEvents } from '../lib/sse'
import type { Ad, Asset, Conversation, JobStatus, ProgressEvent, ProjectDetail } from '../lib/types'

export interface SceneDraft {
  scene_index: number
  title: string
  description: string
  overlay_text: string
  duration_seconds: number
}

interface WorkspaceState {
  projectId: string | null
  project: ProjectDetail | null
  conversation: Conversation | null
  previews: Record<string, string>
  job: JobView | null
  ad: Ad | null
  ads: Ad[]
  sending: boolean
  uploading: boolean
  generating: boolean
  error: string | null
  open: (projectId: string) => Promise<void>
  close: () => void
  send: (text: string) => Promise<void>
  upload: (file: File, label: string, role: string) => Promise<void>
  removeAsset: (assetId: string) => Promise<void>
  saveScenes: (scenes: SceneDraft[]) => Promise<boolean>
  generate: (scenes: SceneDraft[]) => Promise<void>
  cancel: () => Promise<void>
  retry: () => Promise<void>
  newVersion: () => Promise<void>
  dismissError: () => void
  showAd: (ad: Ad) => void
}

let following: AbortController | null = null

/** The user's own photos; the pipeline's generated reference images are image assets with role "reference". */
export const isProductPhoto = (a: Asset) => a.type === 'image' && a.role !== 'reference'


const base = (id: string) => `/v1/projects/${id}`

export const useWorkspace = create<WorkspaceState>((set, get) => {
  async function reloadProject(id: string) {
    const project = await request<ProjectDetail>(base(id))
    if (get().projectId !== id) return
    set({ project })
    if (project.total_ads > 0) {
      try {
        const body = await request<Ad[] | { ads: Ad[] }>(`${base(id)}/ads`)
        if (get().projectId === id) set({ ads: Array.isArray(body) ? body : (body.ads ?? []) })
      } catch {
        // the list is a convenience; the conversation still shows the latest ad
      }
    }
    const previews = { ...get().previews }
    for (const a of project.assets) {
      if (!previews[a.id]) {
        try {
          previews[a.id] = await objectUrl(`${base(id)}/assets/${a.id}/content`)
        } catch {
          // the card shows its label instead
        }
      }
    }
    if (get().projectId === id) set({ previews })
  }

  async function recheck(id: string) {
    const conversation = await json<Conversation>('POST', `${base(id)}/conversation/recheck`)
    if (get().projectId === id) set({ conversation })
  }

  async function loadAd(adId: string) {
    try {
      const ad = await request<Ad>(`/v1/ads/${adId}`)
      set({ ad })
    } catch (e) {
      set({ error: messageOf(e) })
    }
  }

  async function poll(jobId: string, signal: AbortSignal) {
    while (!signal.aborted) {
      const job = await request<JobStatus>(`/v1/generate/video/job/${jobId}`)
      set({ job: fromSnapshot(job) })
      if (isTerminal(get().job)) return
      await new Promise((r) => setTimeout(r, 1500))
    }
  }

  /** Follows a job's live progress until it ends; keyframes and the finished ad are loaded as they appear. */
  async function follow(jobId: string) {
    following?.abort()
    const controller = new AbortController()
    following = controller
    const projectId = get().projectId
    let keyframesSeen = false
    const onUpdate = () => {
      const job = get().job
      if (!job) return
      if (!keyframesSeen && job.stages['keyframes'] === 'done') {
        keyframesSeen = true
        void loadAd(job.adId)
      }
    }
    try {
      await readEvents(
        `/v1/generate/video/job/${jobId}/events`,
        (m) => {
          if (m.event === 'snapshot') set({ job: fromSnapshot(JSON.parse(m.data) as JobStatus) })
          else if (m.event === 'progress') {
            const job = get().job
            if (job) set({ job: applyEvent(job, JSON.parse(m.data) as ProgressEvent) })
          }
          onUpdate()
        },
        controller.signal,
      )
      if (!isTerminal(get().job)) await poll(jobId, controller.signal)
    } catch (e) {
      if (controller.signal.aborted) return
      try {
        await poll(jobId, controller.signal)
      } catch {
        set({ error: messageOf(e) })
        return
      }
    }
    if (controller.signal.aborted || get().projectId !== projectId) return
    onUpdate()
    const job = get().job
    if (job?.status === 'completed') {
      await loadAd(job.adId)
      if (projectId) {
        await recheck(projectId)
        await reloadProject(projectId)
      }
    }
  }

  function scenesPayload(scenes: SceneDraft[]) {
    return scenes.map((s) => ({
      scene_index: s.scene_index,
      description: s.description,
      overlay_text: s.overlay_text,
      duration_seconds: s.duration_seconds,
    }))
  }

  return {
    projectId: null,
    project: null,
    conversation: null,
    previews: {},
    job: null,
    ad: null,
    ads: [],
    sending: false,
    uploading: false,
    generating: false,
    error: null,

    async open(projectId) {
      following?.abort()
      Object.values(get().previews).forEach((u) => URL.revokeObjectURL(u))
      set({ projectId, project: null, conversation: null, previews: {}, job: null, ad: null, ads: [], error: null })
      try {
        const [conversation] = await Promise.all([
          request<Conversation>(`${base(projectId)}/conversation`),
          reloadProject(projectId),
        ])
        if (get().projectId !== projectId) return
        set({ conversation })
        const { stage, state } = conversation
        if (state.job_id && stage === 'generate_video') void follow(state.job_id)
        if (state.ad_id && stage === 'export_video') {
          await loadAd(state.ad_id)
          try {
            set({ job: fromSnapshot(await request<JobStatus>(`/v1/generate/video/job/${state.job_id}`)) })
          } catch {
            // the ad is what matters here
          }
        }
      } catch (e) {
        set({ error: messageOf(e) })
      }
    },

    close() {
      following?.abort()
      set({ projectId: null })
    },

    async send(text) {
      const id = get().projectId
      if (!id) return
      set({ sending: true, error: null })
      try {
        const conversation = await json<Conversation>('POST', `${base(id)}/conversation/messages`, { text })
        set({ conversation })
      } catch (e) {
        set({ error: messageOf(e) })
      } finally {
        set({ sending: false })
      }
    },

    async upload(file, label, role) {
      const id = get().projectId
      if (!id) return
      set({ uploading: true, error: null })
      try {
        const form = new FormData()
        form.append('file', file)
        form.append('type', 'image')
        if (label) form.append('label', label)
        if (role) form.append('role', role)
        await request(`${base(id)}/assets/upload`, { method: 'POST', body: form })
        await reloadProject(id)
        await recheck(id)
      } catch (e) {
        set({ error: messageOf(e) })
      } finally {
        set({ uploading: false })
      }
    },

    async removeAsset(assetId) {
      const id = get().projectId
      if (!id) return
      set({ error: null })
      try {
        const r = await authFetch(`${base(id)}/assets/${assetId}`, { method: 'DELETE' })
        if (!r.ok && r.status !== 404) throw new Error(((await r.json().catch(() => ({}))) as { detail?: string }).detail ?? `HTTP ${r.status}`)
        const previews = { ...get().previews }
        if (previews[assetId]) URL.revokeObjectURL(previews[assetId])
        delete previews[assetId]
        set({ previews })
        await reloadProject(id)
        await recheck(id)
      } catch (e) {
        set({ error: messageOf(e) })
      }
    },

    async saveScenes(scenes) {
      const id = get().projectId
      if (!id) return false
      try {
        const conversation = await json<Conversation>('PUT', `${base(id)}/conversation/scenes`, { scenes: scenesPayload(scenes) })
        set({ conversation, error: null })
        return true
      } catch (e) {
        set({ error: messageOf(e) })
        return false
      }
    },

    async generate(scenes) {
      const { projectId: id, conversation } = get()
      if (!id || !conversation?.review) return
      set({ generating: true, error: null })
      try {
        if (!(await get().saveScenes(scenes))) return
        // One call: the server turns the reviewed plan into the order, its ad and its job, and moves the
        // conversation on, in one transaction.
        const conv = await json<Conversation>('POST', `${base(id)}/conversation/generate`, {})
        set({ conversation: conv, ad: null, job: null })
        if (conv.state.job_id) void follow(conv.state.job_id)
      } catch (e) {
        set({ error: messageOf(e) })
      } finally {
        set({ generating: false })
      }
    },

    async cancel() {
      const job = get().job
      if (!job) return
      try {
        await json('POST', `/v1/generate/video/job/${job.jobId}/cancel`)
      } catch (e) {
        set({ error: messageOf(e) })
      }
    },

    async retry() {
      const job = get().job
      if (!job) return
      try {
        await json('POST', `/v1/generate/video/job/${job.jobId}/retry`)
        set({ error: null })
        void follow(job.jobId)
      } catch (e) {
        set({ error: messageOf(e) })
      }
    },

    async newVersion() {
      const id = get().projectId
      if (!id) return
      try {
        following?.abort()
        const conversation = await json<Conversation>('POST', `${base(id)}/conversation/review`)
        set({ conversation, job: null, ad: null })
      } catch (e) {
        set({ error: messageOf(e) })
      }
    },

    dismissError() {
      set({ error: null })
    },

    showAd(ad) {
      set({ ad })
      void loadAd(ad.id)
    },
  }
})
