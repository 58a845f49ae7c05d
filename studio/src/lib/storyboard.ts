import type { PlannedScene, SceneEditPayload } from './types'

/** The video's frame rate: the server takes scene lengths in whole frames. */
const FPS = 30
/** The server's shortest scene. */
export const MIN_SCENE_SECONDS = 1

/**
 * One scene as the review edits it. The length is the text in its box, kept as typed, so "10" can be
 * typed without each keystroke being turned into a number, snapped or rebalanced on the way.
 */
export interface SceneDraft {
  scene_index: number
  title: string
  description: string
  overlay_text: string
  /** The voiceover line ("" for none). */
  voiceover: string
  duration: string
}

/** Seconds for the box: at most two decimals, no trailing zeros ("2.5", "10", "7.33"). */
export function secondsText(n: number): string {
  return String(Math.round(n * 100) / 100)
}

export function draftOf(scenes: PlannedScene[]): SceneDraft[] {
  return scenes.map((s) => ({
    scene_index: s.scene_index,
    title: s.title,
    description: s.description,
    overlay_text: s.overlay_text ?? '',
    voiceover: s.voiceover ?? '',
    duration: secondsText(s.duration_seconds),
  }))
}

/** The typed length in seconds, or null when it is not a number ("", "abc", "1e"). */
export function parseSeconds(text: string): number | null {
  const t = text.trim().replace(',', '.')
  if (!/^\d*\.?\d+$|^\d+\.$/.test(t)) return null
  return Number(t)
}

/** Whole frames: what the server keeps of a length. */
const frames = (seconds: number) => Math.round(seconds * FPS)

/** What is wrong with one typed length, in words for beside the box, or null. */
export function durationProblem(text: string): string | null {
  const s = parseSeconds(text)
  if (s === null) return 'Enter a length in seconds, e.g. 6'
  if (frames(s) < MIN_SCENE_SECONDS * FPS) return `At least ${MIN_SCENE_SECONDS} s`
  return null
}

/** The scenes' total in seconds (whole frames), or null while a length is not a number. */
export function totalSeconds(drafts: SceneDraft[]): number | null {
  let sum = 0
  for (const d of drafts) {
    const s = parseSeconds(d.duration)
    if (s === null) return null
    sum += frames(s)
  }
  return sum / FPS
}

/** The rule for the lengths together, said when it is broken ("Scenes add up to 30 s; now 37.5 s"), or null. */
export function totalProblem(drafts: SceneDraft[], length: number): string | null {
  const total = totalSeconds(drafts)
  if (total === null || Math.round(total * FPS) === length * FPS) return null
  return `Scenes add up to ${length} s; now ${secondsText(total)} s`
}

/** Whether every length is a number of at least a second and together they make the ad's length. */
export function durationsValid(drafts: SceneDraft[], length: number): boolean {
  return drafts.every((d) => durationProblem(d.duration) === null) && totalProblem(drafts, length) === null
}

/**
 * The lengths fixed by changing one neighbour of scene `index` (the next one, or the previous one for the
 * last scene) by what the total is off, or null when that would leave the neighbour under a second. An
 * offer the user can take, never applied by itself.
 */
export function makeUpDifference(drafts: SceneDraft[], index: number, length: number): { drafts: SceneDraft[]; neighbour: number } | null {
  const total = totalSeconds(drafts)
  const other = index + 1 < drafts.length ? index + 1 : index - 1
  if (total === null || other < 0 || durationProblem(drafts[index].duration) !== null) return null
  const theirs = parseSeconds(drafts[other].duration)
  if (theirs === null) return null
  const next = (frames(theirs) + length * FPS - Math.round(total * FPS)) / FPS
  if (frames(next) < MIN_SCENE_SECONDS * FPS) return null
  return {
    drafts: drafts.map((d, i) => (i === other ? { ...d, duration: secondsText(next) } : d)),
    neighbour: drafts[other].scene_index,
  }
}

function sameDuration(a: string, b: string): boolean {
  const x = parseSeconds(a)
  const y = parseSeconds(b)
  return x !== null && y !== null ? frames(x) === frames(y) : a.trim() === b.trim()
}

type Field = 'description' | 'overlay_text' | 'voiceover' | 'duration'
const FIELDS: Field[] = ['description', 'overlay_text', 'voiceover', 'duration']

const same = (f: Field, a: string, b: string) => (f === 'duration' ? sameDuration(a, b) : a === b)

/**
 * A new plan from the server merged into the user's draft: a field the user has not changed since the
 * server last spoke (draft equals `base`) takes the server's new value; a field being edited keeps the
 * user's words. So a save's answer, a chat message or another tab's change never undoes typing. A plan
 * of another shape (other scenes or length) replaces the draft.
 */
export function mergeDraft(draft: SceneDraft[], base: SceneDraft[], remote: SceneDraft[]): SceneDraft[] {
  const shaped = (a: SceneDraft[]) => a.map((s) => s.scene_index).join()
  if (shaped(draft) !== shaped(remote) || shaped(base) !== shaped(remote)) return remote
  return remote.map((r, i) => {
    const out = { ...r }
    for (const f of FIELDS) if (!same(f, draft[i][f], base[i][f])) out[f] = draft[i][f]
    return out
  })
}

/** Whether the draft says anything the server does not have yet. */
export function unsaved(draft: SceneDraft[], base: SceneDraft[]): boolean {
  return draft.length !== base.length || draft.some((d, i) => FIELDS.some((f) => !same(f, d[f], base[i][f])))
}

/**
 * What can be saved now: the draft, except that a field the server would refuse (blank description,
 * lengths that do not add up) keeps the server's value, so the rest of the user's edits are still
 * saved and the server's valid lengths are never replaced by an invalid set.
 */
export function savable(draft: SceneDraft[], base: SceneDraft[], length: number): SceneEditPayload[] {
  const lengthsOk = durationsValid(draft, length)
  return draft.map((d, i) => ({
    scene_index: d.scene_index,
    description: d.description.trim() !== '' ? d.description : base[i].description,
    overlay_text: d.overlay_text,
    voiceover: d.voiceover,
    // Whole frames, as the server keeps them: 7.33 s is sent as 220 frames' worth.
    duration_seconds: frames(parseSeconds(lengthsOk ? d.duration : base[i].duration) ?? 0) / FPS,
  }))
}

/** The index (0-based) a problem+json field like "scenes[2].duration_seconds" points at, or null. */
export function sceneOfField(field: string): number | null {
  const m = /^scenes\[(\d+)\]/.exec(field)
  return m ? Number(m[1]) : null
}
