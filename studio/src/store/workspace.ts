import { create } from 'zustand'
import { authFetch, json, messageOf, objectUrl, placeError, request } from '../lib/api'
import { BRIEF_FIELDS } from '../lib/brief'
import { applyEvent, fromSnapshot, isTerminal, type JobView } from '../lib/progress'
import { readEvents } from '../lib/sse'
import type {
  Ad,
  Asset,
  BriefPatch,
  Conversation,
  JobStatus,
  Profile,
  ProgressEvent,
  ProjectDetail,
  SceneEditPayload,
  Stage,
} from '../lib/types'

interface WorkspaceState {
  projectId: string | null
  project: ProjectDetail | null
  conversation: Conversation | null
  previews: Record<string, string>
  job: JobView | null
  ad: Ad | null
  ads: Ad[]
  /** The signed-in user's plan and videos left, shown before Generate (null until loaded). */
  me: Profile | null
  sending: boolean
  uploading: boolean
  generating: boolean
  /** Scene saves in flight. */
  savingScenes: number
  /** The page's banner: loading, photos and progress; errors of the controls below are kept by them. */
  error: string | null
  /** Under the chat box. */
  chatError: string | null
  /** Under the step labels. */
  stageError: string | null
  /** Under each brief field, by its PATCH key; "" for what names no field. */
  briefErrors: Record<string, string>
  /** Beside each scene, by its problem field ("scenes[2].duration_seconds"); "scenes" for the set. */
  sceneErrors: Record<string, string>
  /** Beside the Generate button. */
  generateError: string | null
  open: (projectId: string) => Promise<void>
  close: () => void
  /** Resolves true when the message was taken (the box may then be cleared). */
  send: (text: string) => Promise<boolean>
  /** `field`: the control that made the change, where an error naming no field is shown. */
  patchBrief: (patch: BriefPatch, field: string) => Promise<boolean>
  goToStage: (stage: Stage) => Promise<void>
  upload: (file: File, label: string, role: string) => Promise<void>
  removeAsset: (assetId: string) => Promise<void>
  /** Saves the review's scenes of `projectId` (given, so a save made as the page closes still reaches its project). */
  saveScenes: (projectId: string, scenes: SceneEditPayload[]) => Promise<boolean>
  /** The last save of scenes as the page unloads (reload, tab closed): sent so that it outlives the page. */
  saveScenesAsPageCloses: (projectId: string, scenes: SceneEditPayload[]) => void
  generate: (scenes: SceneEditPayload[]) => Promise<void>
  cancel: () => Promise<void>
  retry: () => Promise<void>
  newVersion: () => Promise<void>
  dismissError: () => void
  showAd: (ad: Ad) => void
  /** Shows one ad of the open project by its id (the `?ad=` of a link back from a platform's sign-in page). */
  showAdById: (adId: string) => Promise<void>
}

let following: AbortController | null = null

/**
 * Every change to a conversation runs after the one before has been answered, in the order the user
 * made them: a scene save started by leaving a field is on the server before the step the user then
 * clicked, and a project opened again (Back/Forward) is read after the last save of the edits.
 */
let changes: Promise<unknown> = Promise.resolve()
function inOrder<T>(change: () => Promise<T>): Promise<T> {
  const run = changes.then(change, change)
  changes = run.catch(() => undefined)
  return run
}

const BRIEF_KEYS = new Set<string>(BRIEF_FIELDS.map((f) => f.key))

/** The user's own photos; the pipeline's generated reference images are image assets with role "reference". */
export const isProductPhoto = (a: Asset) => a.type === 'image' && a.role !== 'reference'


const base = (id: string) => `/v1/projects/${id}`

/** What belongs to the open project, as it is before anything of it has loaded (fresh objects on every call). */
function projectScoped() {
  return {
    project: null,
    conversation: null,
    previews: {},
    job: null,
    ad: null,
    ads: [],
    error: null,
    chatError: null,
    stageError: null,
    briefErrors: {},
    sceneErrors: {},
    generateError: null,
  }
}

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
    // A failed generation gives its video back: the count before Generate follows the server's.
    if (isTerminal(job)) void refreshMe()
    if (job?.status === 'completed') {
      await loadAd(job.adId)
      if (projectId) {
        await inOrder(() => recheck(projectId))
        await reloadProject(projectId)
      }
    }
  }

  async function refreshMe() {
    try {
      set({ me: await request<Profile>('/v1/me') })
    } catch {
      // the count is a help before Generate; the server still refuses a generation it cannot run
    }
  }

  /** Takes a conversation the server answered with, unless the user has meanwhile opened another project. */
  function take(id: string, conversation: Conversation) {
    if (get().projectId === id) set({ conversation })
  }

  return {
    projectId: null,
    ...projectScoped(),
    me: null,
    sending: false,
    uploading: false,
    generating: false,
    savingScenes: 0,

    async open(projectId) {
      following?.abort()
      Object.values(get().previews).forEach((u) => URL.revokeObjectURL(u))
      set({ projectId, ...projectScoped() })
      void refreshMe()
      try {
        // Edits saved as the page was left (Back, then Forward) are on the server before it is read.
        await changes
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

    send(text) {
      const id = get().projectId
      if (!id) return Promise.resolve(false)
      set({ sending: true, chatError: null })
      return inOrder(async () => {
        try {
          take(id, await json<Conversation>('POST', `${base(id)}/conversation/messages`, { text }))
          return true
        } catch (e) {
          if (get().projectId === id) set({ chatError: messageOf(e) })
          return false
        } finally {
          set({ sending: false })
        }
      })
    },

    patchBrief(patch, field) {
      const id = get().projectId
      if (!id) return Promise.resolve(false)
      const clear = { ...get().briefErrors }
      for (const k of [...Object.keys(patch), ...(patch.choose ?? []), field, '']) delete clear[k]
      set({ briefErrors: clear })
      return inOrder(async () => {
        try {
          take(id, await json<Conversation>('PATCH', `${base(id)}/conversation/brief`, patch))
          return true
        } catch (e) {
          if (get().projectId !== id) return false
          // "requested_scenes[2]" belongs under the scene ideas field.
          const keyOf = (f: string) => f.replace(/\[\d+\]$/, '')
          const placed = placeError(e, (f) => BRIEF_KEYS.has(keyOf(f)))
          const byField: Record<string, string[]> = {}
          for (const [f, message] of Object.entries(placed.fields)) (byField[keyOf(f)] ??= []).push(message)
          const errors = { ...get().briefErrors }
          for (const [f, messages] of Object.entries(byField)) errors[f] = messages.join('; ')
          // A refusal naming no field (a generation running, a conflict) is shown under the field that was changed.
          if (placed.general) errors[BRIEF_KEYS.has(field) ? field : ''] = placed.general
          set({ briefErrors: errors })
          return false
        }
      })
    },

    goToStage(stage) {
      const id = get().projectId
      if (!id) return Promise.resolve()
      set({ stageError: null })
      return inOrder(async () => {
        try {
          take(id, await json<Conversation>('POST', `${base(id)}/conversation/stage`, { stage }))
        } catch (e) {
          if (get().projectId === id) set({ stageError: messageOf(e) })
        }
      })
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
        await inOrder(() => recheck(id))
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
        await inOrder(() => recheck(id))
      } catch (e) {
        set({ error: messageOf(e) })
      }
    },

    saveScenes(id, scenes) {
      // Edits left behind by a step change the server already made: it would refuse them (409) at that step.
      if (get().projectId === id && get().conversation?.stage !== 'final_review') return Promise.resolve(false)
      set((s) => ({ savingScenes: s.savingScenes + 1 }))
      return inOrder(async () => {
        try {
          const conversation = await json<Conversation>('PUT', `${base(id)}/conversation/scenes`, { scenes })
          if (get().projectId === id) set({ conversation, sceneErrors: {} })
          return true
        } catch (e) {
          if (get().projectId === id) {
            // By scene where the field names one; "scenes" (the set's own rule) and the rest under the total.
            const placed = placeError(e, (f) => f === 'scenes' || /^scenes\[\d+\]/.test(f))
            const whole = [placed.fields['scenes'], placed.general].filter(Boolean).join('; ')
            set({ sceneErrors: whole ? { ...placed.fields, scenes: whole } : placed.fields })
          }
          return false
        } finally {
          set((s) => ({ savingScenes: s.savingScenes - 1 }))
        }
      })
    },

    saveScenesAsPageCloses(id, scenes) {
      void authFetch(`${base(id)}/conversation/scenes`, {
        method: 'PUT',
        keepalive: true,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scenes }),
      }).catch(() => undefined)
    },

    async generate(scenes) {
      const { projectId: id, conversation } = get()
      if (!id || !conversation?.review) return
      set({ generating: true, generateError: null })
      try {
        // What the user sees is what is generated: the scenes are saved first (after any save under way).
        if (!(await get().saveScenes(id, scenes))) {
          set({ generateError: 'Your scene edits could not be saved; see the scenes above.' })
          return
        }
        // One call: the server turns the reviewed plan into the order, its ad and its job, and moves the
        // conversation on, in one transaction.
        const conv = await inOrder(() => json<Conversation>('POST', `${base(id)}/conversation/generate`, {}))
        if (get().projectId !== id) return
        set({ conversation: conv, ad: null, job: null })
        if (conv.state.job_id) void follow(conv.state.job_id)
      } catch (e) {
        if (get().projectId === id) set({ generateError: messageOf(e) })
      } finally {
        set({ generating: false })
        // A generation spends a video (and a refused one may say the count changed): show the server's count.
        void refreshMe()
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
        const conversation = await inOrder(() => json<Conversation>('POST', `${base(id)}/conversation/review`))
        if (get().projectId === id) set({ conversation, job: null, ad: null, generateError: null })
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

    async showAdById(adId) {
      const id = get().projectId
      try {
        const ad = await request<Ad>(`/v1/ads/${encodeURIComponent(adId)}`)
        if (get().projectId === id && ad.project_id === id) set({ ad })
      } catch (e) {
        if (get().projectId === id) set({ error: messageOf(e) })
      }
    },
  }
})
