-- Issue 16: deleting media goes through an outbox (docs/schema.md, V10). Owned by the storage module.
-- A project's or ad's rows and the blob prefixes to delete are written in one transaction; the
-- prefixes are deleted from the store afterwards, and again later while the store is down, so an
-- outage delays a delete but never loses it.
CREATE TABLE blob_deletions (
  id BIGSERIAL PRIMARY KEY,
  prefix VARCHAR(500) NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  last_error TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
CREATE INDEX blob_deletions_due ON blob_deletions(next_attempt_at);
