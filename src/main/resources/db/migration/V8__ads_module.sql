-- Issue 13: one owner for ads. Documented in docs/schema.md, section V8.

-- Stage outputs are the ad's, keyed by the ad (one job per ad): the ads module owns them without
-- knowing the job queue's table, and revisions can read a parent ad's outputs by its id.
ALTER TABLE stage_checkpoints ADD COLUMN ad_id UUID REFERENCES generated_ads(id) ON DELETE CASCADE;
UPDATE stage_checkpoints c SET ad_id = j.ad_id FROM generation_jobs j WHERE j.id = c.job_id;
ALTER TABLE stage_checkpoints ALTER COLUMN ad_id SET NOT NULL;
ALTER TABLE stage_checkpoints DROP CONSTRAINT stage_checkpoints_pkey;
ALTER TABLE stage_checkpoints DROP COLUMN job_id;
ALTER TABLE stage_checkpoints ADD PRIMARY KEY (ad_id, stage);

-- The product photos as the order names them: asset id and blob uri, so a generation reads its
-- inputs from its own row (the assets table belongs to projects).
ALTER TABLE generated_ads ADD COLUMN photos JSONB NOT NULL DEFAULT '[]'::JSONB;
UPDATE generated_ads a SET photos = COALESCE((
    SELECT jsonb_agg(jsonb_build_object('asset_id', s.id, 'uri', s.url) ORDER BY e.ord)
    FROM jsonb_array_elements_text(a.asset_ids) WITH ORDINALITY AS e(id, ord)
    JOIN assets s ON s.id = e.id::uuid), '[]'::JSONB);
ALTER TABLE generated_ads DROP COLUMN asset_ids;

-- The bible an order asked to reuse, apart from creative_bible_id (the bible the ad ended up with).
ALTER TABLE generated_ads ADD COLUMN reuse_creative_bible_id UUID REFERENCES creative_bibles(id) ON DELETE SET NULL;

-- Deleting a project deletes its bibles and ads in one cascade; RESTRICT was checked row by row and
-- could trip over an ad not yet deleted, NO ACTION is checked when the statement ends.
ALTER TABLE generated_ads DROP CONSTRAINT generated_ads_creative_bible_id_fkey;
ALTER TABLE generated_ads ADD CONSTRAINT generated_ads_creative_bible_id_fkey
  FOREIGN KEY (creative_bible_id) REFERENCES creative_bibles(id);

-- Social tokens belong to publishing (issue 15), which will keep them per connection; these columns
-- were never written.
ALTER TABLE users DROP COLUMN twitter_access_token_enc, DROP COLUMN twitter_refresh_token_enc,
  DROP COLUMN linkedin_access_token_enc, DROP COLUMN linkedin_refresh_token_enc;

-- What the user stated as facts (the studio's fields: brand, audience, benefit), so the agents take
-- them as given instead of reading them back from the brief's words; and the creative bible and
-- storyboard the user reviewed and approved, so the generation makes what was approved.
ALTER TABLE generated_ads ADD COLUMN brief_facts JSONB, ADD COLUMN approved_plan JSONB;
