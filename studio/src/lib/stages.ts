import type { Stage } from './types'

export const CONVERSATION_STAGES: { id: Stage; label: string }[] = [
  { id: 'collect_brand_info', label: 'Brand' },
  { id: 'collect_product_info', label: 'Product' },
  { id: 'collect_assets', label: 'Photos' },
  { id: 'collect_scenes', label: 'Scenes' },
  { id: 'final_review', label: 'Review' },
  { id: 'generate_video', label: 'Generate' },
  { id: 'export_video', label: 'Export' },
]

/** The generation pipeline's stages, in order, with readable names. */
export const PIPELINE_STAGES: { id: string; label: string }[] = [
  { id: 'creative_bible', label: 'Creative bible' },
  { id: 'storyboard', label: 'Storyboard' },
  { id: 'safety', label: 'Safety review' },
  { id: 'reference_images', label: 'Reference images' },
  { id: 'prompt_synthesis', label: 'Scene prompts' },
  { id: 'keyframes', label: 'Keyframes' },
  { id: 'scene_1', label: 'Scene 1' },
  { id: 'scene_2', label: 'Scene 2' },
  { id: 'scene_3', label: 'Scene 3' },
  { id: 'scene_4', label: 'Scene 4' },
  { id: 'scene_5', label: 'Scene 5' },
  { id: 'music', label: 'Music' },
  { id: 'voiceover', label: 'Voiceover' },
  { id: 'continuity', label: 'Continuity check' },
  { id: 'composition', label: 'Composition' },
  { id: 'quality', label: 'Quality check' },
]

export function stageLabel(id: string | null | undefined): string {
  if (!id) return ''
  return PIPELINE_STAGES.find((s) => s.id === id)?.label ?? id.replace(/_/g, ' ')
}

export function formatSeconds(s: number | null | undefined): string {
  if (s == null || !Number.isFinite(s)) return '–'
  const t = Math.max(0, Math.round(s))
  if (t < 60) return `${t} s`
  return t % 60 === 0 ? `${t / 60} min` : `${Math.floor(t / 60)} min ${t % 60} s`
}

export function formatBytes(n: number | null | undefined): string {
  if (n == null) return '–'
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} MB`
  if (n >= 1_000) return `${(n / 1_000).toFixed(0)} kB`
  return `${n} B`
}

export function formatCents(c: number | null | undefined): string {
  if (c == null) return '–'
  return `$${(c / 100).toFixed(2)}`
}
