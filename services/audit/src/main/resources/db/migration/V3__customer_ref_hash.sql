-- customerRef is personal data: the audit keeps only its keyed hash (HMAC-SHA256 under
-- qa.audit.customer-ref-key, "<keyId>:<base64url>", computed by the writer). Same reference, same
-- hash, so staff can still see which questions came from one customer.
ALTER TABLE questions RENAME COLUMN customer_ref TO customer_ref_hash;

-- Rows written before this migration hold the raw reference. The HMAC cannot be computed here
-- (the key must never reach the database), so they are cleared: losing the correlation of old
-- questions is better than keeping the references. They are still in storefront.questions.v1
-- (under its retention) for anyone entitled to them.
UPDATE questions SET customer_ref_hash = NULL WHERE customer_ref_hash IS NOT NULL;

-- "Every question of this customer", newest first.
CREATE INDEX questions_customer_ref_hash ON questions (customer_ref_hash, asked_at DESC)
    WHERE customer_ref_hash IS NOT NULL;

-- Dead-lettered questions and rejected records stored the raw JSON (masked for phone numbers and
-- the like, not for references). Remove every "customerRef" value from them, as the writer now
-- does before storing (string values, also unterminated ones, and bare scalars).
UPDATE dlq_records
SET value_masked = regexp_replace(
        value_masked,
        '("customerRef"\s*:\s*)(?:"(?:[^"\\]|\\.)*(?:"|\\?$)|[^\s,}\]"]+)',
        '\1"[customerRef removed]"',
        'g')
WHERE value_masked LIKE '%"customerRef"%';

UPDATE audit_rejects
SET payload_masked = regexp_replace(
        payload_masked,
        '("customerRef"\s*:\s*)(?:"(?:[^"\\]|\\.)*(?:"|\\?$)|[^\s,}\]"]+)',
        '\1"[customerRef removed]"',
        'g')
WHERE payload_masked LIKE '%"customerRef"%';
