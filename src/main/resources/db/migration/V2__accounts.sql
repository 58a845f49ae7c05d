-- Built-in accounts (issue 3): rotating refresh tokens. Documented in docs/schema.md, section V2.

-- One row per refresh token ever issued. The client holds an opaque random 256-bit token; only its
-- SHA-256 is stored, so a database dump cannot be replayed. Tokens of one sign-in form a family:
-- each refresh marks the presented token used and issues its successor in the same family, and a
-- used token presented again (a stolen copy, or a replay) revokes the whole family.
CREATE TABLE refresh_tokens (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  family_id UUID NOT NULL,
  token_hash CHAR(64) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at TIMESTAMP WITH TIME ZONE,
  revoked_at TIMESTAMP WITH TIME ZONE,
  replaced_by UUID REFERENCES refresh_tokens(id) ON DELETE SET NULL,
  CONSTRAINT refresh_token_hash_unique UNIQUE (token_hash),
  CONSTRAINT refresh_token_hash_is_sha256_hex CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  CONSTRAINT refresh_token_expires_after_creation CHECK (expires_at > created_at),
  CONSTRAINT refresh_token_replaced_only_when_used CHECK (replaced_by IS NULL OR used_at IS NOT NULL)
);
-- Look-ups by token go through the UNIQUE constraint's own index on token_hash.
-- Reuse detection revokes a family at once.
CREATE INDEX idx_refresh_tokens_family_id ON refresh_tokens(family_id);
-- Per-user housekeeping (expired tokens are deleted when the user signs in again) and the cascade.
CREATE INDEX idx_refresh_tokens_user_expiry ON refresh_tokens(user_id, expires_at);
-- A replaced token's successor is found, and the self-reference's ON DELETE SET NULL runs, by id.
CREATE INDEX idx_refresh_tokens_replaced_by ON refresh_tokens(replaced_by) WHERE replaced_by IS NOT NULL;

-- Emails are stored lower-case (the API normalises them), so the UNIQUE constraint on users.email
-- is case-insensitive in effect. This makes it so for rows written by any other path too.
CREATE UNIQUE INDEX idx_users_email_lower ON users(LOWER(email));
