-- Issue 15: publishing to X and LinkedIn. Documented in docs/schema.md, section V9. Every table
-- here belongs to the publishing module.

-- A user's connected social account. Several per platform (the seed's twitter_account_id).
-- Tokens are sealed with AES-GCM (TokenCipher) bound to the row's id and their role, so a value
-- copied to another row or column does not open.
CREATE TABLE platform_connections (
  id UUID PRIMARY KEY,
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  platform VARCHAR(20) NOT NULL CHECK (platform IN ('x', 'linkedin')),
  account_id VARCHAR(100) NOT NULL,
  account_name VARCHAR(200),
  account_handle VARCHAR(100),
  scopes TEXT NOT NULL DEFAULT '',
  access_token TEXT NOT NULL,
  refresh_token TEXT,
  access_expires_at TIMESTAMPTZ,
  refresh_expires_at TIMESTAMPTZ,
  -- 'reconnect' once the platform refused the tokens for good (revoked, expired).
  status VARCHAR(20) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'reconnect')),
  -- Bumped by every token change: a refresh compares it to know whether another process already refreshed.
  token_version INTEGER NOT NULL DEFAULT 1,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  UNIQUE (user_id, platform, account_id)
);
CREATE INDEX platform_connections_user ON platform_connections(user_id);

-- An authorization in flight: the OAuth state (only its SHA-256 is kept) bound to the user, with
-- the PKCE verifier sealed. Single use (deleted when the browser comes back), 10 minutes.
CREATE TABLE oauth_states (
  state_hash VARCHAR(64) PRIMARY KEY,
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  platform VARCHAR(20) NOT NULL CHECK (platform IN ('x', 'linkedin')),
  code_verifier TEXT NOT NULL,
  return_to VARCHAR(500),
  expires_at TIMESTAMPTZ NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
CREATE INDEX oauth_states_expiry ON oauth_states(expires_at);

-- One request to post an ad, with what has been done so far, so a retry or a repeat with the same
-- Idempotency-Key resumes where the first attempt stopped and never posts twice.
CREATE TABLE ad_exports (
  id UUID PRIMARY KEY,
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  ad_id UUID NOT NULL REFERENCES generated_ads(id) ON DELETE CASCADE,
  connection_id UUID REFERENCES platform_connections(id) ON DELETE SET NULL,
  platform VARCHAR(20) NOT NULL CHECK (platform IN ('x', 'linkedin')),
  account_id VARCHAR(100) NOT NULL,
  account_name VARCHAR(200),
  account_handle VARCHAR(100),
  caption TEXT NOT NULL,
  visibility VARCHAR(20),
  idempotency_key VARCHAR(200),
  request_hash VARCHAR(64) NOT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
  step VARCHAR(20),
  progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- The platform's upload, kept so a resumed export attaches it instead of uploading again.
  media_id VARCHAR(200),
  media_key VARCHAR(200),
  media_expires_at TIMESTAMPTZ,
  -- Set just before the post is sent: a resumed export that finds it set asks the platform first.
  post_attempted_at TIMESTAMPTZ,
  post_id VARCHAR(200),
  post_url VARCHAR(500),
  posted_at TIMESTAMPTZ,
  error_code VARCHAR(50),
  error_detail TEXT,
  lease_owner VARCHAR(100),
  lease_until TIMESTAMPTZ,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  UNIQUE (user_id, idempotency_key)
);
CREATE INDEX ad_exports_ad ON ad_exports(ad_id, created_at DESC);
CREATE INDEX ad_exports_pending ON ad_exports(lease_until) WHERE status IN ('queued', 'running');
