-- Audit schema: one table per event type, one row per event. Every primary key comes from the
-- event itself (its own id, or the Kafka coordinates of the record when it has no id), so the
-- audit writer's INSERT ... ON CONFLICT statements are idempotent and a replay from offset 0
-- changes nothing. Every row also keeps the Kafka coordinates it was read from
-- (source_topic, source_partition, source_offset) so it can be traced back to the log of record.
-- Free text that may hold personal data (question text, DLQ values, reject payloads) is stored
-- masked; the raw bytes stay in Kafka.

CREATE TABLE questions (
    question_id      text        PRIMARY KEY,
    shop_id          text        NOT NULL,
    product_id       text,
    product_name     text,
    locale           text,
    text_masked      text        NOT NULL,
    asked_at         timestamptz NOT NULL,
    customer_ref     text,
    source_topic     text        NOT NULL,
    source_partition integer     NOT NULL,
    source_offset    bigint      NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX questions_shop_asked ON questions (shop_id, asked_at DESC);

-- A record of storefront.questions.dlq.v1. Its primary key is the DLQ record's own coordinates;
-- dlq_source_* are the coordinates of the rejected original (from the dlq.* headers).
CREATE TABLE dlq_records (
    topic                text        NOT NULL,
    kafka_partition      integer     NOT NULL,
    kafka_offset         bigint      NOT NULL,
    reason               text,
    detail               text,
    dlq_source_topic     text,
    dlq_source_partition integer,
    dlq_source_offset    bigint,
    rejected_at          timestamptz,
    record_key           text,
    value_masked         text,
    value_bytes          integer     NOT NULL,
    recorded_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, kafka_partition, kafka_offset)
);

CREATE TABLE generation_requests (
    request_id       text        PRIMARY KEY,
    question_id      text        NOT NULL,
    shop_id          text,
    product_id       text,
    product_name     text,
    locale           text,
    system_prompt    text,
    user_message     text,
    params           jsonb,
    seed             bigint      NOT NULL,
    requested_at     timestamptz,
    deadline         timestamptz,
    source_topic     text        NOT NULL,
    source_partition integer     NOT NULL,
    source_offset    bigint      NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX generation_requests_question ON generation_requests (question_id);

CREATE TABLE generation_results (
    request_id        text        PRIMARY KEY,
    question_id       text        NOT NULL,
    shop_id           text,
    status            text,
    text              text,
    finish_reason     text,
    model             text,
    model_revision    text,
    params            jsonb,
    seed              bigint      NOT NULL,
    prompt_tokens     integer     NOT NULL,
    completion_tokens integer     NOT NULL,
    latency_ms        bigint      NOT NULL,
    mean_log_prob     double precision,
    error             text,
    worker_id         text,
    completed_at      timestamptz,
    source_topic      text        NOT NULL,
    source_partition  integer     NOT NULL,
    source_offset     bigint      NOT NULL,
    recorded_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX generation_results_question ON generation_results (question_id);

CREATE TABLE moderation_verdicts (
    verdict_id       text        PRIMARY KEY,
    question_id      text        NOT NULL,
    shop_id          text,
    stage            text,
    verdict          text,
    reasons          jsonb       NOT NULL DEFAULT '[]'::jsonb,
    checked_text     text,
    decided_at       timestamptz,
    source_topic     text        NOT NULL,
    source_partition integer     NOT NULL,
    source_offset    bigint      NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX moderation_verdicts_question ON moderation_verdicts (question_id);

-- Every revision of every answer: answer_id is "<questionId>#r<revision>".
CREATE TABLE answers (
    answer_id        text        PRIMARY KEY,
    question_id      text        NOT NULL,
    shop_id          text,
    product_id       text,
    revision         integer     NOT NULL,
    text             text,
    locale           text,
    source           text,
    answered_at      timestamptz,
    reviewer         text,
    source_topic     text        NOT NULL,
    source_partition integer     NOT NULL,
    source_offset    bigint      NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX answers_question_revision ON answers (question_id, revision DESC);

CREATE TABLE review_tasks (
    task_id            text        PRIMARY KEY,
    question_id        text        NOT NULL,
    shop_id            text,
    product_id         text,
    locale             text,
    question_masked    text,
    draft_reply        text,
    stage              text,
    verdict            text,
    reasons            jsonb       NOT NULL DEFAULT '[]'::jsonb,
    fallback_answer_id text,
    created_at         timestamptz,
    source_topic       text        NOT NULL,
    source_partition   integer     NOT NULL,
    source_offset      bigint      NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX review_tasks_shop_created ON review_tasks (shop_id, created_at DESC);

CREATE TABLE review_decisions (
    decision_id      text        PRIMARY KEY,
    task_id          text,
    question_id      text        NOT NULL,
    shop_id          text,
    action           text,
    text             text,
    reviewer         text,
    decided_at       timestamptz,
    source_topic     text        NOT NULL,
    source_partition integer     NOT NULL,
    source_offset    bigint      NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX review_decisions_task ON review_decisions (task_id);

-- Latest policy per shop (the topic is compacted, key = shopId). A later record replaces an
-- earlier one; a tombstone marks the policy deleted. Replays never move a row backwards.
CREATE TABLE shop_policies (
    shop_id          text        PRIMARY KEY,
    policy           jsonb,
    deleted          boolean     NOT NULL DEFAULT false,
    source_topic     text        NOT NULL,
    source_partition integer     NOT NULL,
    source_offset    bigint      NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now()
);

-- Records the audit could not turn into a row (unparseable JSON, a missing id, a tombstone where
-- none is expected, an invalid question on the raw topic). Never blocks a partition.
CREATE TABLE audit_rejects (
    topic            text        NOT NULL,
    kafka_partition  integer     NOT NULL,
    kafka_offset     bigint      NOT NULL,
    error            text        NOT NULL,
    record_key       text,
    payload_masked   text,
    payload_bytes    integer     NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, kafka_partition, kafka_offset)
);
