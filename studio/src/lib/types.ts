export type Stage =
  | 'collect_brand_info'
  | 'collect_product_info'
  | 'collect_assets'
  | 'collect_scenes'
  | 'final_review'
  | 'generate_video'
  | 'export_video'

export interface Message {
  id: number
  role: 'user' | 'assistant'
  content: string
  stage: Stage
  created_at: string
}

export interface PlannedScene {
  scene_index: number
  title: string
  description: string
  overlay_text: string
  duration_seconds: number
  role_in_story: string
  camera_direction: string
  /** The line the voice speaks over the scene ("" for none). */
  voiceover?: string | null
}

export interface CreativeBible {
  brand_style: string
  vibe: string
  colors: string[]
  lighting: string
  camera: string
  motion: string
  energy_level: number
}

export interface ReviewPlan {
  brief: string
  product_name: string
  creative_direction: string | null
  duration_seconds: number
  aspect_ratio: string
  /** One bar of the music: scene lengths are whole bars. */
  bar_seconds: number
  scenes: PlannedScene[]
  creative_bible: CreativeBible
  style_words: string[]
  estimated_duration_seconds: number
  estimated_cost_cents: number
  music_mood?: string | null
  /** What the configured video provider can and cannot show (offline: scenes are made from the photos), or null. */
  rendering_note?: string | null
}

export interface SceneEdit {
  scene_index: number
  description: string | null
  overlay_text: string | null
  duration_seconds: number | null
}

export interface ConversationState {
  brand: string | null
  product: string | null
  product_description?: string | null
  audience: string | null
  benefit: string | null
  /** Shown as "Tone & style". */
  creative_direction: string | null
  music_mood?: string | null
  duration_seconds: number
  aspect_ratio: string
  /** The user's scene ideas, in order (at most five). */
  requested_scenes?: string[]
  scenes_decided?: boolean
  scene_edits?: SceneEdit[] | null
  /** Brief fields the user handed to Zapcut; their values are what Zapcut chose. */
  delegated?: string[]
  job_id: string | null
  ad_id: string | null
}

export interface Conversation {
  id: string
  project_id: string
  stage: Stage
  stages: Stage[]
  state: ConversationState
  missing: string[]
  image_count: number
  messages: Message[]
  review: ReviewPlan | null
  /** The furthest step the brief reaches now (after going back, the steps up to it can be chosen again). */
  reachable?: Stage
  /** The longest chat message the server reads (50000). */
  max_message_chars?: number
  updated_at?: string
}

/** PATCH .../conversation/brief: any subset; `choose` hands those fields to Zapcut. */
export interface BriefPatch {
  brand?: string
  product?: string
  audience?: string
  benefit?: string
  creative_direction?: string
  music_mood?: string
  duration_seconds?: number
  aspect_ratio?: string
  requested_scenes?: string[]
  choose?: string[]
}

/** One scene as PUT .../conversation/scenes takes it. */
export interface SceneEditPayload {
  scene_index: number
  description: string
  overlay_text: string
  voiceover: string
  duration_seconds: number
}

/** GET /v1/me, the parts the studio shows. */
export interface Profile {
  email: string
  subscription_tier: string
  videos_remaining: number
}

export interface Asset {
  id: string
  type: string
  url: string
  label: string | null
  role: string | null
  width: number | null
  height: number | null
  mime_type: string | null
}

export interface ProjectSummary {
  id: string
  name: string
  description: string | null
  created_at: string
  total_ads: number
  last_generated_at: string | null
}

export interface ProjectDetail {
  id: string
  name: string
  description: string | null
  product_name: string | null
  assets: Asset[]
  creative_bibles: { id: string; name: string; created_at: string }[]
  total_ads: number
}

export interface StageDone {
  stage: string
  completed_at: string
}

export interface JobStatus {
  job_id: string
  ad_id: string
  status: 'queued' | 'running' | 'generating' | 'completed' | 'failed' | 'cancelled'
  current_stage?: string | null
  progress_percentage: number
  estimated_remaining_seconds?: number | null
  stages_completed?: StageDone[]
  failed_stage?: string | null
  error_message?: string | null
  video_url?: string | null
  thumbnail_url?: string | null
}

export interface ProgressEvent {
  job_id: string
  ad_id: string
  type:
    | 'job_started'
    | 'stage_started'
    | 'stage_progress'
    | 'stage_completed'
    | 'job_completed'
    | 'job_failed'
    | 'job_retry_scheduled'
    | 'job_cancelled'
  stage: string | null
  progress_percentage: number
  estimated_remaining_seconds: number | null
  message: string | null
  at: string
}

/** One scene of a made ad's final storyboard (GET /v1/ads/{id}). */
export interface StoryboardScene {
  scene_index: number
  title: string | null
  description: string | null
  /** Seconds. */
  duration: number
  overlay_text: string | null
  role_in_story: string | null
  camera_direction?: string | null
  emotion_tone?: string | null
  /** The line the voice speaks over the scene ("" or null: the scene breathes). */
  voiceover?: string | null
}

/** One scene's brand check in the quality record: scored against the creative bible after it was made. */
export interface SceneBrandCheck {
  scene: number
  /** Share of the scene's frames in the bible's palette, 0..1. */
  palette_adherence: number
  /** How recognisably the uploaded product shows, 0..1. */
  product_match: number
  score: number
  passed: boolean
  regenerated: boolean
  kept_attempt?: number
  reason?: string | null
  flags?: string[]
  /** Whether the scene's text (overlay and captions) sits in the format's safe area; null: the scene has none. */
  text_in_safe_area?: boolean | null
  /** Where the ad's picture shows the product ([x, y, width, height]); null: not seen. */
  product_box?: number[] | null
  /** Whether the scene's text keeps off the product in a vendor's clip; null: no text, or Zapcut's own layout. */
  text_clear_of_product?: boolean | null
  /** The WCAG contrast of the scene's least legible text, measured on the finished ad; null: no text. */
  text_contrast?: number | null
}

/** The parts of the quality record the studio shows. */
export interface QualityReport {
  warnings?: string[]
  scenes?: SceneBrandCheck[]
}

export interface Ad {
  id: string
  project_id: string
  status?: string
  job_id?: string | null
  /** The final storyboard, once written (GET /v1/ads/{id}; the project's list leaves it out). */
  storyboard?: StoryboardScene[] | null
  video_url: string | null
  thumbnail_url: string | null
  /** Signed links keyed scene_1..scene_5, once the keyframes stage is done. */
  keyframe_urls?: Record<string, string> | null
  duration_seconds: number | null
  aspect_ratio: string
  resolution: string | null
  file_size_bytes: number | null
  generation_duration_seconds: number | null
  api_cost_cents: number | null
  created_at: string
  /** Signed links to the captions timed to the voice, when the ad has a voice and its order asked for captions. */
  captions_vtt_url?: string | null
  captions_srt_url?: string | null
  /** "burned": in the picture (the track is there for screen readers and search); "sidecar": files only. */
  captions?: 'burned' | 'sidecar' | null
  quality_report?: QualityReport | null
}

export interface GenerateResponse {
  job_id: string
  ad_id: string
  status: string
  estimated_duration_seconds: number
  estimated_cost_cents?: number
}
