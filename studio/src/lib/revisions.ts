// Iterating on a finished ad (issue 17): revisions (a new version that runs again only what its change
// touches), variants (A-D, each opening and/or ending its own way) and the ad in other formats. The
// server is the one rulebook (which scenes, lengths in whole frames, what runs again, what it costs);
// the studio sends what the user changed and shows what the server says.
import { json, request } from './api'
import type { StoryboardScene } from './types'

export type { StoryboardScene }

/** Frames per second of every ad: scene lengths are whole frames. */
export const FPS = 30

/** Every format an ad can be made in. */
export const ASPECTS = ['16:9', '9:16', '1:1'] as const

/** One scene's change; a field left out keeps the parent's. */
export interface SceneChange {
  scene_number: number
  overlay_text?: string
  voiceover?: string
  visual_description?: string
  prompt?: string
  duration_seconds?: number
}

/** A new soundtrack: another mood, or the same mood composed again. */
export interface MusicChange {
  mood?: string
  /** Always sent: the server reads it as a plain true/false. */
  regenerate: boolean
}

/** POST /v1/ads/{id}/revisions: every part optional, at least one change. */
export interface RevisionRequest {
  scenes?: SceneChange[]
  music?: MusicChange
  creative_direction?: string
  aspect_ratio?: string
  rebalance?: boolean
}

/** What a revision changed, as stored with its version (and echoed by the server). */
export interface StoredSceneChange {
  scene_number: number
  overlay_text?: string | null
  voiceover?: string | null
  visual_description?: string | null
  prompt?: string | null
  duration_seconds?: number | null
  /** A variant's scene, written anew from this angle ("question"). */
  angle?: string | null
}

export interface StoredChanges {
  scenes?: StoredSceneChange[] | null
  music?: { mood: string | null; regenerate: boolean } | null
  creative_direction?: string | null
  rebalance?: boolean
  label?: string | null
  aspect?: string | null
}

/** A revision planned (dry run, 200) or placed (202: with the new version's ad, job and number). */
export interface RevisionPlan {
  parent_ad_id: string
  status: string
  dry_run: boolean
  /** Pipeline stage ids that run again, in order. */
  stages: string[]
  /** Scenes drawn and animated again (a new picture). */
  scenes_remade: number[]
  /** Scenes cut again to a new length. */
  scenes_retimed: number[]
  music_remade: boolean
  /** A new creative direction: the bible and everything after it are made again. */
  made_anew: boolean
  /** Every scene's length after the change, in seconds. */
  scene_durations: number[]
  estimated_cost_cents: number
  estimated_duration_seconds: number
  changes?: StoredChanges
  ad_id?: string
  job_id?: string
  version?: number
}

export type Vary = 'hook' | 'cta' | 'hook_and_cta'

export interface Variant {
  label: string
  angles: string[]
  version: RevisionPlan
}

export interface VariantsAnswer {
  parent_ad_id: string
  vary: Vary
  dry_run: boolean
  variants: Variant[]
  estimated_cost_cents: number
}

/** One version of an ad's chain, as GET /v1/ads/{id}/versions lists it. */
export interface VersionEntry {
  ad_id: string
  version: number
  parent_ad_id?: string | null
  /** The variant's letter (A-D), when it is one of a set of variants. */
  label?: string | null
  status: string
  /** What this version changed; absent for the first version. */
  changes?: StoredChanges | null
  stages_run?: string[] | null
  /** A signed link, usable straight in <video src>, once the version is done. */
  video_url?: string | null
  thumbnail_url?: string | null
  duration_seconds?: number | null
  aspect_ratio: string
  api_cost_cents: number
  generation_duration_seconds?: number | null
  created_at: string
}

export interface VersionList {
  ad_id: string
  versions: VersionEntry[]
}

const ads = (adId: string) => `/v1/ads/${encodeURIComponent(adId)}`

/** The plan and estimate of a revision, without making it. */
export const planRevision = (adId: string, change: RevisionRequest, signal?: AbortSignal) =>
  request<RevisionPlan>(`${ads(adId)}/revisions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...change, dry_run: true }),
    signal,
  })

/** Makes the revision: a new version of the ad, with its job to follow. */
export const placeRevision = (adId: string, change: RevisionRequest) => json<RevisionPlan>('POST', `${ads(adId)}/revisions`, change)

export const planVariants = (adId: string, count: number, vary: Vary, signal?: AbortSignal) =>
  request<VariantsAnswer>(`${ads(adId)}/variants`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ count, vary, dry_run: true }),
    signal,
  })

export const makeVariants = (adId: string, count: number, vary: Vary) =>
  json<VariantsAnswer>('POST', `${ads(adId)}/variants`, { count, vary, dry_run: false })

export const listVersions = (adId: string) => request<VersionList>(`${ads(adId)}/versions`)

/** The formats an ad in `aspect` is not made in, in the studio's order. */
export const otherFormats = (aspect: string | null | undefined) => ASPECTS.filter((a) => a !== aspect)

/** One format's outcome: its new version, or why the server refused it. */
export type FormatResult = { aspect: string; placed: RevisionPlan; error?: undefined } | { aspect: string; placed?: undefined; error: unknown }

/**
 * The ad in each of `formats`: one revision per format (the server shares the bible, references,
 * storyboard and music, and draws the pictures again in the new shape). One refusal does not stop the others.
 */
export async function makeFormats(adId: string, formats: readonly string[], dryRun = false, signal?: AbortSignal): Promise<FormatResult[]> {
  return Promise.all(
    formats.map(async (aspect): Promise<FormatResult> => {
      try {
        const placed = dryRun ? await planRevision(adId, { aspect_ratio: aspect }, signal) : await placeRevision(adId, { aspect_ratio: aspect })
        return { aspect, placed }
      } catch (e) {
        return { aspect, error: e }
      }
    }),
  )
}

/** A status of a version that will not change any more. */
export const isFinished = (status: string) => status === 'completed' || status === 'failed' || status === 'cancelled'

/** Seconds rounded to whole frames at 30 fps (the server refuses anything else). */
export const wholeFrames = (seconds: number) => Math.round(seconds * FPS) / FPS

/** A length as the studio writes it: "3", "2.5", "3.033". */
export function secondsText(s: number): string {
  return String(Math.round(s * 1000) / 1000)
}

const quote = (s: string) => `“${s}”`

/**
 * What one version changed, in words ("Scene 1: on-screen text “Mornings, sorted”"). A variant's
 * letter is left to the version's name ("Version 3 (variant A)").
 */
export function describeChanges(changes: StoredChanges | null | undefined): string {
  if (!changes) return 'The first version'
  const parts: string[] = []
  for (const s of changes.scenes ?? []) {
    const what: string[] = []
    if (s.angle) what.push(`written anew as “${s.angle}”`)
    if (s.overlay_text != null) what.push(s.overlay_text === '' ? 'no on-screen text' : `on-screen text ${quote(s.overlay_text)}`)
    if (s.voiceover != null) what.push(s.voiceover === '' ? 'no voiceover' : `voiceover ${quote(s.voiceover)}`)
    if (s.visual_description != null) what.push(`new picture ${quote(s.visual_description)}`)
    if (s.prompt != null) what.push('new prompt')
    if (s.duration_seconds != null) what.push(`${secondsText(s.duration_seconds)} s long`)
    if (what.length > 0) parts.push(`Scene ${s.scene_number}: ${what.join(', ')}`)
  }
  if (changes.rebalance) parts.push('other scenes absorb the new lengths')
  if (changes.music?.mood) parts.push(`music: ${changes.music.mood}`)
  else if (changes.music?.regenerate) parts.push('music composed again')
  if (changes.creative_direction) parts.push(`direction: ${changes.creative_direction}`)
  if (changes.aspect) parts.push(`in ${changes.aspect}`)
  return parts.length > 0 ? parts.join('; ') : 'No change recorded'
}
