-- Provenance of each generation result (GenerationResult.backend, promptTemplateVersion,
-- fallbackReason): which backend answered, with which prompt assembly and chat template, and why
-- earlier backends of the shop's order were passed over. Model, revision and decoding params were
-- stored already (model, model_revision, params). NULL for results written before the fields.
ALTER TABLE generation_results ADD COLUMN backend text;
ALTER TABLE generation_results ADD COLUMN prompt_template_version text;
ALTER TABLE generation_results ADD COLUMN fallback_reason text;
