-- The durable job queue (issue 3): generation_jobs is the queue itself. Workers claim rows with
-- FOR UPDATE SKIP LOCKED and hold a lease they renew by heartbeat; a job whose lease ran out (its
-- worker died) is claimable again and resumes at its first unfinished stage. Changes against the
-- seed are listed in docs/schema.md.

ALTER TABLE generation_jobs
  -- when the current holder's claim runs out unless renewed; null while not held
  ADD COLUMN lease_expires_at TIMESTAMP WITH TIME ZONE,
  ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE,
  -- a queued job is not claimed before this (retry backoff)
  ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  -- set by a cancel request; the holder sees it at its next heartbeat and stops
  ADD COLUMN cancel_requested_at TIMESTAMP WITH TIME ZONE;

-- What claiming scans: queued jobs due now, and running jobs whose lease expired.
CREATE INDEX idx_generation_jobs_claimable ON generation_jobs(next_attempt_at) WHERE status = 'queued';
CREATE INDEX idx_generation_jobs_leases ON generation_jobs(lease_expires_at) WHERE status = 'running';

ALTER TABLE generated_ads
  -- per-scene edits made before generating ([{scene_index, duration_seconds?, overlay_text?}]); the
  -- storyboard stage applies them over the story agent's storyboard
  ADD COLUMN scene_overrides JSONB NOT NULL DEFAULT '[]'::JSONB,
  -- whether the generation spent one of the user's videos_remaining, and whether it was given back
  ADD COLUMN quota_spent BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN quota_refunded_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX idx_safety_violations_user_severity ON safety_violations(user_id, severity);
