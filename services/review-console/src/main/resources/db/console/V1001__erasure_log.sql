-- Every erasure of a customer's data (by the keyed hash of their reference): who asked, when, how
-- much went. The erasure itself is kept (it names no person: only the hash) so an auditor can see
-- that it happened.
CREATE TABLE erasure_log (
    erasure_id         bigserial   PRIMARY KEY,
    customer_ref_hash  text        NOT NULL,
    requested_by       text        NOT NULL,
    questions          integer     NOT NULL,
    rows_deleted       bigint      NOT NULL,
    erased_at          timestamptz NOT NULL DEFAULT now()
);

-- Retention deletes by age per shop.
CREATE INDEX questions_recorded ON questions (recorded_at);
CREATE INDEX answers_recorded ON answers (recorded_at);

-- The queue's counts by reason: an index-only scan of a shop's open items.
CREATE INDEX review_items_open_counts ON review_items (shop_id, reason, customer_revision)
    WHERE state = 'OPEN';
