// The revision being written for one ad: what the user typed, kept in this browser (a reload never
// loses it), and the request it makes. Only what differs from the ad as it is is sent.
import { ApiError, messageOf } from '../../lib/api'
import { problemKind } from '../../lib/publishing'
import type { RevisionRequest, SceneChange, StoryboardScene } from '../../lib/revisions'
import { wholeFrames } from '../../lib/revisions'
import { parseSeconds } from '../../lib/storyboard'

/** One scene's edits as typed; a field left undefined keeps the scene's. */
export interface SceneDraft {
  overlay_text?: string
  /** The line the voice speaks ("" for none). */
  voiceover?: string
  visual_description?: string
  /** Seconds, as typed ("3.5"). */
  duration?: string
}

export type MusicChoice = 'keep' | 'mood' | 'again'

export interface RevisionDraft {
  /** The scene shown in the editor (1-5). */
  scene: number
  /** Edits by scene number. */
  scenes: Record<number, SceneDraft>
  rebalance: boolean
  music: MusicChoice
  mood: string
}

export const emptyDraft = (): RevisionDraft => ({ scene: 1, scenes: {}, rebalance: false, music: 'keep', mood: '' })

const draftKey = (adId: string) => `zapcut.revise.${adId}`

export function readDraft(adId: string): RevisionDraft {
  try {
    const raw = localStorage.getItem(draftKey(adId))
    if (!raw) return emptyDraft()
    const d = JSON.parse(raw) as Partial<RevisionDraft>
    const base = emptyDraft()
    return {
      scene: typeof d.scene === 'number' && d.scene >= 1 && d.scene <= 5 ? d.scene : base.scene,
      scenes: d.scenes && typeof d.scenes === 'object' ? d.scenes : base.scenes,
      rebalance: d.rebalance === true,
      music: d.music === 'mood' || d.music === 'again' ? d.music : 'keep',
      mood: typeof d.mood === 'string' ? d.mood : '',
    }
  } catch {
    return emptyDraft()
  }
}

export function writeDraft(adId: string, draft: RevisionDraft): void {
  try {
    if (isEmptyDraft(draft)) localStorage.removeItem(draftKey(adId))
    else localStorage.setItem(draftKey(adId), JSON.stringify(draft))
  } catch {
    // storage full or off: the draft still lives in this page
  }
}

function isEmptyDraft(d: RevisionDraft): boolean {
  const e = emptyDraft()
  return d.scene === e.scene && Object.keys(d.scenes).length === 0 && !d.rebalance && d.music === 'keep' && d.mood === ''
}

/** Where a message is shown: beside a scene's field, the lengths, the music, or by the Render button. */
export type Spot = `scene.${number}.${'overlay_text' | 'voiceover' | 'visual_description' | 'duration_seconds'}` | `scene.${number}` | 'lengths' | 'music'

export interface Placed {
  /** Messages by spot. */
  fields: Partial<Record<Spot, string>>
  /** What belongs to no control. */
  general: string | null
}

export interface Built {
  /** What to send, or null when nothing differs from the ad. */
  request: RevisionRequest | null
  /** The scene numbers of `request.scenes`, in order: the server names a scene by its place there ("scenes[0]"). */
  sent: number[]
  /** What the studio can tell is wrong before asking (a length that is no number). */
  problems: Partial<Record<Spot, string>>
}

/** The length typed, in whole frames, or null when it is not a number. */
export function typedSeconds(text: string): number | null {
  const s = parseSeconds(text)
  return s === null ? null : wholeFrames(s)
}

/** The request the draft makes of the ad with this storyboard: only what differs is sent. */
export function buildRequest(draft: RevisionDraft, storyboard: StoryboardScene[]): Built {
  const scenes: SceneChange[] = []
  const problems: Built['problems'] = {}
  let timed = false
  for (const s of [...storyboard].sort((a, b) => a.scene_index - b.scene_index)) {
    const n = s.scene_index
    const d = draft.scenes[n]
    if (!d) continue
    const change: SceneChange = { scene_number: n }
    if (d.overlay_text !== undefined && d.overlay_text.trim() !== (s.overlay_text ?? '').trim()) change.overlay_text = d.overlay_text.trim()
    if (d.voiceover !== undefined && d.voiceover.trim() !== (s.voiceover ?? '').trim()) change.voiceover = d.voiceover.trim()
    if (d.visual_description !== undefined && d.visual_description.trim() !== (s.description ?? '').trim()) {
      change.visual_description = d.visual_description.trim()
    }
    if (d.duration !== undefined) {
      const seconds = typedSeconds(d.duration)
      if (seconds === null) problems[`scene.${n}.duration_seconds`] = 'Write the length in seconds, for example 3 or 2.5.'
      else if (Math.abs(seconds - wholeFrames(s.duration)) > 1e-6) {
        change.duration_seconds = seconds
        timed = true
      }
    }
    if (Object.keys(change).length > 1) scenes.push(change)
  }
  const request: RevisionRequest = {}
  if (scenes.length > 0) request.scenes = scenes
  if (timed && draft.rebalance) request.rebalance = true
  if (draft.music === 'again') request.music = { regenerate: true }
  // A mood not yet written asks for nothing (the server would only say it is empty).
  if (draft.music === 'mood' && draft.mood.trim() !== '') request.music = { mood: draft.mood.trim(), regenerate: true }
  const changed = request.scenes !== undefined || request.music !== undefined
  return { request: changed ? request : null, sent: scenes.map((s) => s.scene_number), problems }
}

const SCENE_FIELDS = new Set(['overlay_text', 'voiceover', 'visual_description', 'duration_seconds'])

/**
 * Splits a refusal by where the studio shows it: "scenes[0].duration_seconds" beside that scene's
 * length, "scenes" (lengths that do not add up) beside the lengths, "music.mood" beside the music; a
 * safety block beside the words of the scene it names. The rest is shown by the Render button.
 */
export function placeRefusal(e: unknown, sent: number[], draft: RevisionDraft): Placed {
  const fields: Placed['fields'] = {}
  const add = (spot: Spot, message: string) => {
    fields[spot] = fields[spot] ? `${fields[spot]}; ${message}` : message
  }
  if (!(e instanceof ApiError)) return { fields, general: messageOf(e) }
  const elsewhere: string[] = []
  if (problemKind(e) === 'safety-blocked') {
    const violations = Array.isArray(e.body.violations) ? (e.body.violations as { scene?: number | null; description?: string; line?: string | null }[]) : []
    for (const v of violations) {
      const n = typeof v.scene === 'number' ? v.scene : null
      const message = `Blocked by the safety check: ${v.description ?? 'not allowed'}`
      if (n !== null && draft.scenes[n]) {
        const overlay = draft.scenes[n].overlay_text
        const spoken = draft.scenes[n].voiceover
        const said = (text: string | undefined) => v.line != null && text !== undefined && text.trim() === v.line.trim()
        add(said(overlay) ? `scene.${n}.overlay_text` : said(spoken) ? `scene.${n}.voiceover` : `scene.${n}.visual_description`, message)
      } else elsewhere.push(message)
    }
    return { fields, general: elsewhere.length > 0 || violations.length === 0 ? e.detail : null }
  }
  for (const f of e.errors) {
    const scene = /^scenes\[(\d+)\](?:\.(\w+))?$/.exec(f.field)
    if (scene && sent[Number(scene[1])] !== undefined) {
      const n = sent[Number(scene[1])]
      add(scene[2] && SCENE_FIELDS.has(scene[2]) ? (`scene.${n}.${scene[2]}` as Spot) : `scene.${n}`, f.message)
    } else if (f.field === 'scenes' || f.field === 'rebalance') add('lengths', f.message)
    else if (f.field === 'music' || f.field.startsWith('music.')) add('music', f.message)
    else elsewhere.push(f.message)
  }
  if (e.errors.length === 0) return { fields, general: e.detail }
  return { fields, general: elsewhere.length > 0 ? elsewhere.join('; ') : null }
}

/** Messages about scene `n`, in the order its fields are shown. */
export function sceneMessages(placed: Placed, n: number): string[] {
  const f = placed.fields
  return [f[`scene.${n}`], f[`scene.${n}.overlay_text`], f[`scene.${n}.voiceover`], f[`scene.${n}.visual_description`], f[`scene.${n}.duration_seconds`]].filter(
    (m): m is string => !!m,
  )
}
