-- Issue 13: a budget that holds. Documented in docs/schema.md, section V6.

-- Each ad's budget, fixed when the ad is created (the request's budget_cents, else the configured
-- default at that moment), so every process enforces the same number. Its row is also the lock that
-- serialises the ad's reservations across threads and processes.
CREATE TABLE ad_budgets (
  ad_id UUID PRIMARY KEY REFERENCES generated_ads(id) ON DELETE CASCADE,
  -- 0 = no limit
  budget_cents INTEGER NOT NULL CHECK (budget_cents >= 0),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);

INSERT INTO ad_budgets (ad_id, budget_cents)
  SELECT id, budget_cents FROM generated_ads WHERE budget_cents IS NOT NULL;
ALTER TABLE generated_ads DROP COLUMN budget_cents;

-- The most a vendor call in flight may bill, held against its ad's budget until the call is charged
-- (the row is deleted in the same transaction as the ledger rows) or fails unbilled (deleted). Rows of
-- a process that died mid-call stay: the vendor may have billed that call, so the budget keeps
-- counting it.
CREATE TABLE cost_reservations (
  id UUID PRIMARY KEY,
  ad_id UUID NOT NULL REFERENCES generated_ads(id) ON DELETE CASCADE,
  stage VARCHAR(100),
  capability VARCHAR(20) NOT NULL CHECK (capability IN ('text', 'image', 'video', 'music')),
  provider VARCHAR(50) NOT NULL,
  model VARCHAR(200) NOT NULL,
  cost_cents NUMERIC(14, 4) NOT NULL CHECK (cost_cents >= 0),
  holder VARCHAR(255) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_cost_reservations_ad_id ON cost_reservations(ad_id);
