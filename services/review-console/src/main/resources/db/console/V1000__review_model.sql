-- The review console's own tables. The audit tables (db/migration, services/audit) are immutable
-- copies of events; these hold what only the console knows: the state of each question's review,
-- claims, staff actions, decisions waiting to be published, staff accounts and labelled cases.
-- Versions 1000 and up are the console's; 1-999 are the audit module's (db/migration). One Flyway
-- history, out-of-order allowed, so either module can add a migration without renumbering.

-- One review item per question that owes its customer something from staff: a held draft
-- (reason HELD) or the real answer promised by the auto-reply (reason FOLLOW_UP). Fed by
-- ReviewFeed inside the audit writer's transactions; changed by staff decisions.
CREATE TABLE review_items (
    item_id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    question_id        text        NOT NULL UNIQUE,
    shop_id            text        NOT NULL,
    product_id         text,
    locale             text,
    reason             text        NOT NULL CHECK (reason IN ('HELD', 'FOLLOW_UP')),
    state              text        NOT NULL DEFAULT 'OPEN'
                                   CHECK (state IN ('OPEN', 'ANSWERED', 'CLOSED')),
    task_id            text,
    question_masked    text,
    draft_reply        text,
    stage              text,
    moderation_reasons jsonb       NOT NULL DEFAULT '[]'::jsonb,
    -- true when the question was held with shop policy fallbackOnHold=false: the customer was sent
    -- no acknowledgement, so until staff act they have no reply at all.
    no_reply_sent      boolean     NOT NULL DEFAULT false,
    -- highest revision the customer has (0 = nothing) and the text of it, as audited
    customer_revision  integer     NOT NULL DEFAULT 0,
    customer_text      text,
    customer_ref_hash  text,
    asked_at           timestamptz,
    opened_at          timestamptz NOT NULL DEFAULT now(),
    follow_up_due_at   timestamptz,
    claimed_by         text,
    claim_expires_at   timestamptz,
    closed_reason      text,
    decided_by         text,
    decided_at         timestamptz,
    version            integer     NOT NULL DEFAULT 1,
    updated_at         timestamptz NOT NULL DEFAULT now()
);
-- The queue: open items of a shop, oldest first.
CREATE INDEX review_items_queue ON review_items (shop_id, opened_at, item_id) WHERE state = 'OPEN';
CREATE INDEX review_items_customer ON review_items (customer_ref_hash) WHERE customer_ref_hash IS NOT NULL;
CREATE INDEX review_items_updated ON review_items (updated_at) WHERE state <> 'OPEN';

-- Every staff action, with who, when, and the text before and after.
CREATE TABLE staff_actions (
    action_id    bigserial   PRIMARY KEY,
    item_id      uuid        NOT NULL,
    question_id  text        NOT NULL,
    shop_id      text        NOT NULL,
    actor        text        NOT NULL,
    action       text        NOT NULL,
    reason       text,
    before_text  text,
    after_text   text,
    decision_id  uuid,
    acted_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_actions_item ON staff_actions (item_id, acted_at);
CREATE INDEX staff_actions_shop_time ON staff_actions (shop_id, acted_at);

-- A decision as staff made it. (item_id, idempotency_key) makes a retried request the same one.
CREATE TABLE decisions (
    decision_id      uuid        PRIMARY KEY,
    item_id          uuid        NOT NULL,
    question_id      text        NOT NULL,
    shop_id          text        NOT NULL,
    action           text        NOT NULL,
    reason           text,
    text             text,
    reviewer         text        NOT NULL,
    idempotency_key  text,
    decided_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (item_id, idempotency_key)
);

-- The transactional outbox: written in the decision's transaction, published by OutboxRelay.
CREATE TABLE decision_outbox (
    outbox_id     bigserial   PRIMARY KEY,
    decision_id   uuid        NOT NULL UNIQUE,
    record_key    text        NOT NULL,
    payload       jsonb       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    published_at  timestamptz,
    attempts      integer     NOT NULL DEFAULT 0,
    last_error    text
);
CREATE INDEX decision_outbox_pending ON decision_outbox (outbox_id) WHERE published_at IS NULL;

-- Staff accounts for form login. password_hash is bcrypt (never a plain password).
CREATE TABLE console_users (
    username         text        PRIMARY KEY,
    password_hash    text        NOT NULL,
    enabled          boolean     NOT NULL DEFAULT true,
    failed_logins    integer     NOT NULL DEFAULT 0,
    locked_until     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    last_login_at    timestamptz
);

-- Role per shop: viewer < reviewer < admin. shop_id '*' = every shop.
CREATE TABLE console_grants (
    username  text NOT NULL REFERENCES console_users (username) ON DELETE CASCADE,
    shop_id   text NOT NULL,
    role      text NOT NULL CHECK (role IN ('viewer', 'reviewer', 'admin')),
    PRIMARY KEY (username, shop_id)
);

-- Every staff edit or reject teaches: the draft, the staff verdict, the final text.
CREATE TABLE labelled_cases (
    case_id      bigserial   PRIMARY KEY,
    item_id      uuid        NOT NULL,
    question_id  text        NOT NULL,
    shop_id      text        NOT NULL,
    locale       text,
    question     text,
    draft        text,
    verdict      text        NOT NULL,
    reason       text,
    final_text   text,
    reviewer     text        NOT NULL,
    labelled_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX labelled_cases_shop ON labelled_cases (shop_id, labelled_at);
