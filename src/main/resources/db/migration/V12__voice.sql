-- Issue 18: ads speak. Voice vendors bill per character of speech (voice_character) and transcription
-- for word timings per second of audio (transcription_second); both are the capability 'voice'.
-- Documented in docs/schema.md, section V12.
ALTER TABLE cost_ledger DROP CONSTRAINT cost_ledger_capability_check;
ALTER TABLE cost_ledger ADD CONSTRAINT cost_ledger_capability_check
  CHECK (capability IN ('text', 'image', 'video', 'music', 'voice'));
ALTER TABLE cost_ledger DROP CONSTRAINT cost_ledger_unit_check;
ALTER TABLE cost_ledger ADD CONSTRAINT cost_ledger_unit_check
  CHECK (unit IN ('input_tokens', 'output_tokens', 'image', 'video_second', 'music_second', 'voice_character',
                  'transcription_second'));
ALTER TABLE cost_reservations DROP CONSTRAINT cost_reservations_capability_check;
ALTER TABLE cost_reservations ADD CONSTRAINT cost_reservations_capability_check
  CHECK (capability IN ('text', 'image', 'video', 'music', 'voice'));

-- The order's voice and captions: {"voiceover": true|false, "captions": "BURNED"|"SIDECAR"|"NONE"}. NULL for
-- ads ordered before ads had a voice; they read as a voice with burned captions (ads.Sound.DEFAULT).
ALTER TABLE generated_ads ADD COLUMN sound JSONB;
