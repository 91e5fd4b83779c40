-- The agent runtime (docs/api/agent-runtime.md): split artifacts derived from model versions, and the
-- models each node reports loaded.

-- Head and tail ONNX files cut from a version's artifact for one device-side layer set (the cut), built
-- by the control plane on first need and kept in the artifact store next to the version's own file.
-- One row per (version, cut): concurrent first requests insert with ON CONFLICT DO NOTHING and read
-- the winner. Deleting the version deletes its rows (and the service deletes their files).
CREATE TABLE split_artifacts (
    id                uuid PRIMARY KEY,
    tenant_id         uuid        NOT NULL REFERENCES tenants (id),
    model_version_id  uuid        NOT NULL,
    cut               text        NOT NULL,
    device_layers     integer     NOT NULL,
    head_sha256       text        NOT NULL,
    head_size_bytes   bigint      NOT NULL,
    tail_sha256       text        NOT NULL,
    tail_size_bytes   bigint      NOT NULL,
    tail_inputs       jsonb       NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0,
    CONSTRAINT split_artifacts_version_fk FOREIGN KEY (tenant_id, model_version_id) REFERENCES model_versions (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT split_artifacts_device_layers_positive CHECK (device_layers > 0),
    CONSTRAINT split_artifacts_sizes_positive CHECK (head_size_bytes > 0 AND tail_size_bytes > 0)
);
CREATE UNIQUE INDEX split_artifacts_version_cut_key ON split_artifacts (model_version_id, cut);
-- Agents download derived files by sha256.
CREATE INDEX split_artifacts_head_idx ON split_artifacts (tenant_id, head_sha256);
CREATE INDEX split_artifacts_tail_idx ON split_artifacts (tenant_id, tail_sha256);
-- Agents download whole models by sha256.
CREATE INDEX model_versions_tenant_sha_idx ON model_versions (tenant_id, artifact_sha256);

ALTER TABLE split_artifacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE split_artifacts FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON split_artifacts USING (tenant_id = app_tenant() OR app_system_scope())
    WITH CHECK (tenant_id = app_tenant() OR app_system_scope());

-- What the node's agent last reported about its models (versionId, sha256, state, loadMs, error), and when.
ALTER TABLE nodes
    ADD COLUMN models jsonb,
    ADD COLUMN models_reported_at timestamptz;

-- The heartbeat with the agent's model report, still one call: as record_node_heartbeat (V10), plus
-- it stores p_models when the agent sent them (NULL leaves the last report alone) and answers the
-- tenant's latest plan id, so an agent knows when to fetch its assignments again. Returns no row when
-- the node does not exist in p_tenant. The V10 signature stays for callers that send no models.
CREATE FUNCTION record_node_heartbeat(
    p_node uuid, p_tenant uuid, p_reason text,
    p_indexes int[], p_utilization float8[], p_memory_used int8[], p_temperature float8[], p_models jsonb)
    RETURNS TABLE (node_status text, plan_id uuid)
    LANGUAGE plpgsql
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    recorded text;
BEGIN
    recorded := record_node_heartbeat(p_node, p_tenant, p_reason, p_indexes, p_utilization, p_memory_used, p_temperature);
    IF recorded IS NULL THEN
        RETURN;
    END IF;
    IF p_models IS NOT NULL THEN
        UPDATE nodes SET models = p_models, models_reported_at = now() WHERE id = p_node;
    END IF;
    node_status := recorded;
    plan_id := (SELECT p.id FROM plans p WHERE p.tenant_id = p_tenant ORDER BY p.created_at DESC, p.id DESC LIMIT 1);
    RETURN NEXT;
END
$$;
