import type { BriefPatch, ConversationState } from './types'

/** The brief's fields the user can edit in place; `key` is the PATCH /brief key and the `delegated` name. */
export type BriefKey =
  | 'brand'
  | 'product'
  | 'audience'
  | 'benefit'
  | 'creative_direction'
  | 'duration_seconds'
  | 'aspect_ratio'
  | 'requested_scenes'
  | 'music_mood'

export interface BriefFieldSpec {
  key: BriefKey
  label: string
  kind: 'text' | 'choice' | 'lines'
  /** The server refuses clearing these (400), so the studio says so before sending. */
  required?: boolean
  /** Offers "Let Zapcut choose": facts only the user knows (brand, product) are never handed over. */
  choosable?: boolean
  options?: { value: string; label: string }[]
  placeholder?: string
  /** The server's limit (BriefForm), said under the field rather than cutting what was typed or pasted. */
  maxLength?: number
}

export const MAX_SCENE_IDEAS = 5
export const MAX_SCENE_IDEA_CHARS = 1000

export const BRIEF_FIELDS: BriefFieldSpec[] = [
  { key: 'brand', label: 'Brand', kind: 'text', required: true, placeholder: 'e.g. Luna Coffee', maxLength: 200 },
  { key: 'product', label: 'Product', kind: 'text', required: true, placeholder: 'e.g. Luna Cold Brew', maxLength: 200 },
  { key: 'audience', label: 'Audience', kind: 'text', required: true, choosable: true, placeholder: 'Who is it for?', maxLength: 200 },
  { key: 'benefit', label: 'Benefit', kind: 'text', required: true, choosable: true, placeholder: 'What does it do for them?', maxLength: 200 },
  { key: 'creative_direction', label: 'Tone & style', kind: 'text', choosable: true, placeholder: 'e.g. calm, soft morning light', maxLength: 300 },
  {
    key: 'duration_seconds',
    label: 'Length',
    kind: 'choice',
    options: [15, 30, 60].map((s) => ({ value: String(s), label: `${s} seconds` })),
  },
  {
    key: 'aspect_ratio',
    label: 'Format',
    kind: 'choice',
    options: [
      { value: '16:9', label: '16:9 landscape' },
      { value: '9:16', label: '9:16 vertical' },
      { value: '1:1', label: '1:1 square' },
    ],
  },
  { key: 'requested_scenes', label: 'Scene ideas', kind: 'lines', choosable: true, placeholder: 'One idea per line, up to five' },
  { key: 'music_mood', label: 'Music mood', kind: 'text', choosable: true, placeholder: 'e.g. upbeat, calm piano', maxLength: 200 },
]

/** The field as the form shows it: text, one scene idea per line for the list, numbers as strings. */
export function briefText(state: ConversationState, key: BriefKey): string {
  if (key === 'requested_scenes') return (state.requested_scenes ?? []).join('\n')
  const v = state[key]
  return v == null ? '' : String(v)
}

/** Scene ideas from the box: one per non-blank line. */
export function sceneIdeas(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

/**
 * What the user typed as a PATCH body, or the reason it cannot be sent (shown under the field, so
 * nothing goes to the server that it would refuse for a reason the studio knows).
 */
export function briefPatch(spec: BriefFieldSpec, text: string): { patch: BriefPatch } | { problem: string } {
  const value = text.trim()
  switch (spec.key) {
    case 'duration_seconds':
      return { patch: { duration_seconds: Number(value) } }
    case 'requested_scenes': {
      const ideas = sceneIdeas(text)
      if (ideas.length > MAX_SCENE_IDEAS) return { problem: `At most ${MAX_SCENE_IDEAS} scene ideas, one per line (now ${ideas.length}).` }
      const long = ideas.findIndex((i) => i.length > MAX_SCENE_IDEA_CHARS)
      if (long >= 0) return { problem: `Scene idea ${long + 1} is ${ideas[long].length} characters; the limit is ${MAX_SCENE_IDEA_CHARS}.` }
      return { patch: { requested_scenes: ideas } }
    }
    default:
      if (spec.required && value === '') {
        return { problem: `${spec.label} cannot be empty${spec.choosable ? ': write one, or let Zapcut choose' : ''}.` }
      }
      if (spec.maxLength && value.length > spec.maxLength) {
        return { problem: `${spec.label} is ${value.length} characters; the limit is ${spec.maxLength}.` }
      }
      return { patch: { [spec.key]: value } }
  }
}

/** Whether the text in the box says the same as the server's value (so there is nothing to send). */
export function sameBrief(spec: BriefFieldSpec, a: string, b: string): boolean {
  if (spec.kind === 'lines') return sceneIdeas(a).join('\n') === sceneIdeas(b).join('\n')
  return a.trim() === b.trim()
}
