-- Tokens signed with the low ECDSA s (services/tokens/low-s.ts): for those the verifier refuses the
-- high-s twin, so each has one spelling. Tokens issued before keep 0 and are accepted in either form.
ALTER TABLE scim_tokens ADD COLUMN low_s INTEGER NOT NULL DEFAULT 0 CHECK (low_s IN (0, 1));
