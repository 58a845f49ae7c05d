-- Issue 4: what every vendor call cost, the per-ad budget, and which path produced each output.

CREATE TABLE cost_ledger (
  id BIGSERIAL PRIMARY KEY,
  -- null for calls outside a generation (`zapcut providers --check`)
  ad_id UUID REFERENCES generated_ads(id) ON DELETE CASCADE,
  stage VARCHAR(100),
  capability VARCHAR(20) NOT NULL CHECK (capability IN ('text', 'image', 'video', 'music')),
  provider VARCHAR(50) NOT NULL,
  model VARCHAR(200) NOT NULL,
  units NUMERIC(16, 3) NOT NULL CHECK (units >= 0),
  unit VARCHAR(30) NOT NULL CHECK (unit IN ('input_tokens', 'output_tokens', 'image', 'video_second', 'music_second')),
  cost_cents NUMERIC(14, 4) NOT NULL CHECK (cost_cents >= 0),
  request_id VARCHAR(200),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_cost_ledger_ad_id ON cost_ledger(ad_id, created_at);
CREATE INDEX idx_cost_ledger_created_at ON cost_ledger(created_at);

-- null: the configured default (zapcut.costs.budget-cents); 0: no limit
ALTER TABLE generated_ads ADD COLUMN budget_cents INTEGER CHECK (budget_cents IS NULL OR budget_cents >= 0);

-- {"style_agent": "anthropic/claude-sonnet-4-5", "story_agent": "rule-based (invalid after one repair: ...)",
--  "scene_3": "local (fallback: replicate: HTTP 503 ...)"}
ALTER TABLE generated_ads ADD COLUMN generation_paths JSONB NOT NULL DEFAULT '{}'::JSONB;
