-- Issue 17: an ad can be revised; each revision is an ad of its own (docs/schema.md, V11). Owned by the ads module.
-- A version belongs to its chain (root_ad_id: the first ad of the chain; the first ad's own root is NULL)
-- and names the ad it revised (parent_ad_id). Its checkpoints start as the parent's for every stage
-- the change does not touch, so its outputs may name media stored under the parent's (and earlier
-- versions') prefixes: media_from lists those ads, and an ad's media are deleted only when no live ad
-- lists it.
ALTER TABLE generated_ads
  ADD COLUMN root_ad_id UUID,
  ADD COLUMN parent_ad_id UUID,
  ADD COLUMN version INTEGER NOT NULL DEFAULT 1,
  ADD COLUMN revision JSONB,
  ADD COLUMN variant_label VARCHAR(1),
  ADD COLUMN media_from UUID[] NOT NULL DEFAULT '{}';

CREATE INDEX generated_ads_root ON generated_ads(root_ad_id) WHERE root_ad_id IS NOT NULL;
CREATE INDEX generated_ads_media_from ON generated_ads USING GIN (media_from);
-- Two revisions of one chain never get the same number (an advisory lock on the chain while numbering; this index is the backstop).
CREATE UNIQUE INDEX generated_ads_chain_version ON generated_ads(root_ad_id, version) WHERE root_ad_id IS NOT NULL;
