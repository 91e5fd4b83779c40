-- Latency against batch size, per hardware key, as edge agents measure it for a model version (batch 1, 2, 4, …):
-- placement chooses a batch size per replica from it (Nexus). Kept on the version's profile row, so the table's
-- row-level security (V11) and its re-plan trigger cover it: a new curve asks for a new plan.
ALTER TABLE model_profiles
    ADD COLUMN batch_curves jsonb NOT NULL DEFAULT '{}'::jsonb,
    ADD CONSTRAINT model_profiles_batch_curves_object CHECK (jsonb_typeof(batch_curves) = 'object');
