-- Zapcut schema: the seed's seven tables, corrected where the seed contradicts itself.
-- Every change against the seed is listed, with its reason, in docs/schema.md.

CREATE TABLE users (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  email VARCHAR(255) UNIQUE NOT NULL,
  -- seed: NOT NULL. Built-in accounts and the local command-line user have no Cognito subject.
  cognito_user_id VARCHAR(255) UNIQUE,
  -- not in the seed: built-in accounts need a password hash (null for externally issued identities).
  password_hash VARCHAR(255),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),

  first_name VARCHAR(100),
  last_name VARCHAR(100),
  company_name VARCHAR(200),

  subscription_tier VARCHAR(50) NOT NULL DEFAULT 'free',
  videos_remaining INTEGER NOT NULL DEFAULT 3,

  total_videos_generated INTEGER NOT NULL DEFAULT 0,
  total_spend_cents INTEGER NOT NULL DEFAULT 0,

  -- seed: plain-text tokens. Stored encrypted (AES-GCM, key from configuration) as bytes.
  twitter_access_token_enc BYTEA,
  twitter_refresh_token_enc BYTEA,
  linkedin_access_token_enc BYTEA,
  linkedin_refresh_token_enc BYTEA,

  CONSTRAINT valid_email CHECK (email ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$'),
  CONSTRAINT valid_tier CHECK (subscription_tier IN ('free', 'pro', 'agency', 'enterprise', 'local')),
  CONSTRAINT videos_remaining_not_negative CHECK (videos_remaining >= 0)
);
-- seed: idx_users_email and idx_users_cognito_id duplicate the UNIQUE constraints' own indexes; dropped.

CREATE TABLE projects (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name VARCHAR(200) NOT NULL,
  description TEXT,
  product_name VARCHAR(200),
  product_description TEXT,
  target_audience TEXT,
  brand_benefit TEXT,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  CONSTRAINT name_not_empty CHECK (LENGTH(TRIM(name)) > 0)
);
CREATE INDEX idx_projects_user_id ON projects(user_id, created_at DESC);
CREATE INDEX idx_projects_created_at ON projects(created_at DESC);

CREATE TABLE assets (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id UUID NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  type VARCHAR(50) NOT NULL,
  -- seed values plus 'local' (offline generators) and vendor-neutral 'image_model'/'video_model'/
  -- 'music_model', since the seed's 'dalle'/'sora'/'suno' name retired or API-less products.
  source VARCHAR(50) NOT NULL,
  url TEXT NOT NULL,
  s3_key VARCHAR(500) NOT NULL,
  label VARCHAR(100),
  role VARCHAR(100),
  file_size_bytes BIGINT,
  mime_type VARCHAR(100),
  width INTEGER,
  height INTEGER,
  duration_seconds DECIMAL(10, 2),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  CONSTRAINT valid_type CHECK (type IN ('image', 'video', 'audio', 'logo')),
  CONSTRAINT valid_source CHECK (source IN ('upload', 'generated', 'dalle', 'sora', 'suno', 'local',
                                            'image_model', 'video_model', 'music_model'))
);
CREATE INDEX idx_assets_project_id ON assets(project_id);
CREATE INDEX idx_assets_type ON assets(type);

CREATE TABLE creative_bibles (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id UUID NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name VARCHAR(200) NOT NULL,
  creative_bible JSONB NOT NULL,
  -- seed: NOT NULL, but the bible is written before its reference images exist (they are the next
  -- stage and may fail). Empty object until the reference_images stage completes.
  reference_image_urls JSONB NOT NULL DEFAULT '{}'::JSONB,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  UNIQUE (project_id, name)
);
-- seed: idx_creative_bibles_project_id is covered by UNIQUE (project_id, name); dropped.

CREATE TABLE generated_ads (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id UUID NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  -- seed: NOT NULL, but the ad row exists (queued) before its creative bible is generated.
  creative_bible_id UUID REFERENCES creative_bibles(id) ON DELETE RESTRICT,
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,

  -- not in the seed, although the pipeline reads them: what the user asked for.
  brief TEXT NOT NULL,
  creative_direction TEXT,
  requested_scenes JSONB NOT NULL DEFAULT '[]'::JSONB,
  product_name VARCHAR(200),
  asset_ids JSONB NOT NULL DEFAULT '[]'::JSONB,
  target_duration_seconds INTEGER NOT NULL,
  seed BIGINT NOT NULL,

  -- seed: NOT NULL; they are produced by pipeline stages, so they are null until then.
  storyboard JSONB,
  sora_prompts JSONB,
  suno_prompt TEXT,

  -- not in the seed: stage outputs that must be persisted for resumability and audit.
  safety_verdict JSONB,
  keyframe_urls JSONB,
  continuity_report JSONB,
  quality_report JSONB,

  video_urls JSONB,
  music_url VARCHAR(500),
  -- seed: NOT NULL, yet the final video exists only when the ad is completed.
  final_video_url VARCHAR(500),
  thumbnail_url VARCHAR(500),

  duration_seconds DECIMAL(10, 2),
  aspect_ratio VARCHAR(10) NOT NULL,
  resolution VARCHAR(20),
  file_size_bytes BIGINT,

  generation_started_at TIMESTAMP WITH TIME ZONE,
  generation_completed_at TIMESTAMP WITH TIME ZONE,
  generation_duration_seconds INTEGER,

  api_cost_cents INTEGER NOT NULL DEFAULT 0,
  cost_breakdown JSONB NOT NULL DEFAULT '{}'::JSONB,

  status VARCHAR(50) NOT NULL DEFAULT 'queued',
  error_message TEXT,
  retry_count INTEGER NOT NULL DEFAULT 0,

  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),

  CONSTRAINT valid_status CHECK (status IN ('queued', 'generating', 'completed', 'failed', 'cancelled')),
  CONSTRAINT valid_aspect CHECK (aspect_ratio IN ('16:9', '9:16', '1:1')),
  CONSTRAINT valid_target_duration CHECK (target_duration_seconds IN (15, 30, 60)),
  CONSTRAINT brief_length CHECK (LENGTH(TRIM(brief)) BETWEEN 1 AND 5000),
  CONSTRAINT completed_has_video CHECK (status <> 'completed' OR final_video_url IS NOT NULL)
);
CREATE INDEX idx_generated_ads_project_id ON generated_ads(project_id, created_at DESC);
CREATE INDEX idx_generated_ads_user_id ON generated_ads(user_id);
CREATE INDEX idx_generated_ads_status ON generated_ads(status);
CREATE INDEX idx_generated_ads_created_at ON generated_ads(created_at DESC);

CREATE TABLE generation_jobs (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  ad_id UUID NOT NULL REFERENCES generated_ads(id) ON DELETE CASCADE,
  -- seed: celery_task_id VARCHAR UNIQUE NOT NULL. There is no Celery: the queue is this table.
  -- The worker currently holding the job (null while queued) replaces it.
  worker_id VARCHAR(255),
  current_stage VARCHAR(100),
  progress_percentage INTEGER NOT NULL DEFAULT 0,
  estimated_remaining_seconds INTEGER,
  stages_completed JSONB NOT NULL DEFAULT '[]'::JSONB,
  status VARCHAR(50) NOT NULL DEFAULT 'queued',
  error_message TEXT,
  -- not in the seed: the stage that failed, so a failure names it and resume knows where it stopped.
  failed_stage VARCHAR(100),
  attempts INTEGER NOT NULL DEFAULT 0,
  started_at TIMESTAMP WITH TIME ZONE,
  completed_at TIMESTAMP WITH TIME ZONE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  CONSTRAINT valid_progress CHECK (progress_percentage BETWEEN 0 AND 100),
  CONSTRAINT valid_status CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled'))
);
CREATE UNIQUE INDEX idx_generation_jobs_ad_id ON generation_jobs(ad_id);
CREATE INDEX idx_generation_jobs_status ON generation_jobs(status, created_at);

-- not in the seed: the checkpoint store. One row per finished stage with its output, written in the
-- same transaction that records the stage in generation_jobs.stages_completed.
CREATE TABLE stage_checkpoints (
  job_id UUID NOT NULL REFERENCES generation_jobs(id) ON DELETE CASCADE,
  stage VARCHAR(100) NOT NULL,
  output JSONB NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  attempts INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (job_id, stage)
);

CREATE TABLE safety_violations (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  project_id UUID REFERENCES projects(id) ON DELETE SET NULL,
  -- not in the seed: which ad's generation the violation stopped.
  ad_id UUID REFERENCES generated_ads(id) ON DELETE SET NULL,
  violation_category VARCHAR(100) NOT NULL,
  severity VARCHAR(20) NOT NULL,
  user_input TEXT,
  safe_alternative TEXT,
  blocked BOOLEAN NOT NULL DEFAULT true,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  CONSTRAINT valid_severity CHECK (severity IN ('low', 'medium', 'high', 'critical'))
);
CREATE INDEX idx_safety_violations_user_id ON safety_violations(user_id);
CREATE INDEX idx_safety_violations_category ON safety_violations(violation_category);
CREATE INDEX idx_safety_violations_created_at ON safety_violations(created_at DESC);
