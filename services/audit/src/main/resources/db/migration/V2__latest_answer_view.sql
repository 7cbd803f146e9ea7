-- The answer a customer currently sees for each question: the highest revision. The answers
-- table keeps every revision (the audit trail); this view is what the console lists.
CREATE VIEW latest_answers AS
SELECT DISTINCT ON (question_id) *
FROM answers
ORDER BY question_id, revision DESC, answered_at DESC NULLS LAST;
