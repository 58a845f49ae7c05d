-- Sessions: each sign-in is a session. Its access tokens carry its id (the `sid` claim) and every
-- authenticated request checks that the session has not ended; its refresh tokens are the family
-- of V2 (refresh_tokens.family_id = sessions.id). Signing out, or a refresh token presented twice,
-- ends the session, so its access tokens stop working at once rather than at expiry.
-- Documented in docs/schema.md, section V7.
CREATE TABLE sessions (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  ended_at TIMESTAMP WITH TIME ZONE,
  end_reason VARCHAR(30),
  CONSTRAINT session_end_has_reason CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
  CONSTRAINT session_end_reason CHECK (end_reason IN ('signed_out', 'refresh_token_reused'))
);
-- The per-request check reads one row by primary key. This index serves per-user housekeeping
-- (sessions whose refresh tokens have all expired are deleted at the user's next sign-in) and the cascade.
CREATE INDEX idx_sessions_user_id ON sessions(user_id);

-- Every existing sign-in becomes a session, so refresh tokens issued before this migration keep
-- working; the access tokens they are traded for from now on carry the session's id. Before V7 the
-- only way a family was revoked was a reused refresh token.
INSERT INTO sessions (id, user_id, created_at, ended_at, end_reason)
SELECT family_id, (ARRAY_AGG(user_id))[1], MIN(created_at), MAX(revoked_at),
       CASE WHEN MAX(revoked_at) IS NOT NULL THEN 'refresh_token_reused' END
FROM refresh_tokens
GROUP BY family_id;

-- A refresh token belongs to a session; deleting the session (or the user) deletes its tokens.
-- idx_refresh_tokens_family_id (V2) serves the cascade.
ALTER TABLE refresh_tokens
  ADD CONSTRAINT refresh_token_family_is_session FOREIGN KEY (family_id) REFERENCES sessions(id) ON DELETE CASCADE;
