-- The staff queue: every review task with what its customer has had so far. With shop policy
-- fallbackOnHold=false a held question gets no acknowledgement (the task's fallback_answer_id is
-- NULL), so its customer has nothing at all until staff answer: customer_waiting is true, and those
-- tasks come first. It turns false as soon as any answer (any revision, any source) for the question
-- is audited. Derived at query time from immutable event rows rather than stored, so it cannot go
-- stale, and it does not depend on the order in which the topics reach the audit.
CREATE VIEW review_queue AS
SELECT t.task_id,
       t.question_id,
       t.shop_id,
       t.product_id,
       t.locale,
       t.stage,
       t.verdict,
       t.reasons,
       t.fallback_answer_id,
       t.created_at,
       q.asked_at,
       t.fallback_answer_id IS NOT NULL AS acknowledged,
       answered.answer_id IS NOT NULL AS answered,
       t.fallback_answer_id IS NULL AND answered.answer_id IS NULL AS customer_waiting,
       EXISTS (SELECT 1 FROM review_decisions d WHERE d.task_id = t.task_id) AS decided
FROM review_tasks t
LEFT JOIN questions q ON q.question_id = t.question_id
LEFT JOIN LATERAL (
    SELECT a.answer_id FROM answers a WHERE a.question_id = t.question_id LIMIT 1
) answered ON true
ORDER BY customer_waiting DESC, coalesce(q.asked_at, t.created_at), t.task_id;

-- Finds the tasks whose customer got no acknowledgement without scanning the whole table.
CREATE INDEX review_tasks_unacknowledged ON review_tasks (question_id)
    WHERE fallback_answer_id IS NULL;
