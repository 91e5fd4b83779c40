-- Decision engines: layer profiles of model versions, what each deployment asks of the planner, and
-- stored plans (placements, partitions, resident sets) with a snapshot of their inputs so that every
-- plan can be explained afterwards.

-- A model version's layer graph: per layer its FLOPs, output size, predecessors and, where measured,
-- milliseconds per hardware class. REFERENCE profiles come from published architectures, ESTIMATED ones
-- from FLOPs, MEASURED ones from a profiler.
CREATE TABLE model_profiles (
    id                uuid PRIMARY KEY,
    tenant_id         uuid             NOT NULL REFERENCES tenants (id),
    model_version_id  uuid             NOT NULL,
    source            text             NOT NULL,
    input_bytes       bigint           NOT NULL,
    memory_mib        bigint           NOT NULL,
    accuracy          double precision,
    layers            jsonb            NOT NULL,
    exits             jsonb            NOT NULL DEFAULT '[]'::jsonb,
    created_at        timestamptz      NOT NULL,
    updated_at        timestamptz      NOT NULL,
    version           bigint           NOT NULL DEFAULT 0,
    CONSTRAINT model_profiles_version_fk FOREIGN KEY (tenant_id, model_version_id) REFERENCES model_versions (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT model_profiles_source_known CHECK (source IN ('REFERENCE', 'ESTIMATED', 'MEASURED')),
    CONSTRAINT model_profiles_input_non_negative CHECK (input_bytes >= 0),
    CONSTRAINT model_profiles_memory_positive CHECK (memory_mib > 0),
    CONSTRAINT model_profiles_accuracy_range CHECK (accuracy BETWEEN 0 AND 1)
);
CREATE UNIQUE INDEX model_profiles_version_key ON model_profiles (model_version_id);

-- What a deployment optimises (Neurosurgeon: latency; energy under the SLO; Edgent: accuracy under
-- the SLO) and how often each device of its fleet sends a request.
ALTER TABLE deployments
    ADD COLUMN objective text NOT NULL DEFAULT 'MIN_LATENCY',
    ADD COLUMN requests_per_device_per_s double precision NOT NULL DEFAULT 1,
    ADD CONSTRAINT deployments_objective_known CHECK (objective IN ('MIN_LATENCY', 'MIN_DEVICE_ENERGY', 'MAX_ACCURACY')),
    ADD CONSTRAINT deployments_request_rate_range CHECK (requests_per_device_per_s > 0 AND requests_per_device_per_s <= 1000);

CREATE TABLE plans (
    id              uuid PRIMARY KEY,
    tenant_id       uuid             NOT NULL REFERENCES tenants (id),
    trigger         text             NOT NULL,
    requested_by    text             NOT NULL,
    inputs_digest   text             NOT NULL,
    inputs          jsonb            NOT NULL,
    solver          text             NOT NULL,
    solve_ms        double precision NOT NULL,
    deployments     integer          NOT NULL,
    placed          integer          NOT NULL,
    unplaced        integer          NOT NULL,
    gpus_used       integer          NOT NULL,
    moved           integer          NOT NULL,
    slo_attainment  double precision NOT NULL,
    score           text             NOT NULL,
    created_at      timestamptz      NOT NULL,
    updated_at      timestamptz      NOT NULL,
    version         bigint           NOT NULL DEFAULT 0,
    CONSTRAINT plans_trigger_known CHECK (trigger IN ('MANUAL', 'NODE_STATUS', 'DEPLOYMENT_CHANGE', 'PROFILE_CHANGE'))
);
ALTER TABLE plans ADD CONSTRAINT plans_tenant_id_key UNIQUE (tenant_id, id);
CREATE INDEX plans_tenant_created_idx ON plans (tenant_id, created_at DESC);

-- One row per deployment in a plan. Deployments and GPUs may be deleted later; the plan keeps their
-- names and ids as they were.
CREATE TABLE plan_entries (
    id               uuid PRIMARY KEY,
    tenant_id        uuid             NOT NULL REFERENCES tenants (id),
    plan_id          uuid             NOT NULL,
    deployment_id    uuid             NOT NULL,
    deployment_name  text             NOT NULL,
    outcome          text             NOT NULL,
    reason           text,
    gpu_ids          jsonb            NOT NULL DEFAULT '[]'::jsonb,
    batch_size       integer,
    p95_ms           double precision,
    partition        jsonb,
    created_at       timestamptz      NOT NULL,
    updated_at       timestamptz      NOT NULL,
    version          bigint           NOT NULL DEFAULT 0,
    CONSTRAINT plan_entries_plan_fk FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT plan_entries_outcome_known CHECK (outcome IN ('PLACED', 'OFF_EDGE', 'UNPLACED'))
);
CREATE UNIQUE INDEX plan_entries_plan_deployment_key ON plan_entries (plan_id, deployment_id);
CREATE INDEX plan_entries_deployment_idx ON plan_entries (tenant_id, deployment_id);

CREATE TABLE plan_gpus (
    id                  uuid PRIMARY KEY,
    tenant_id           uuid             NOT NULL REFERENCES tenants (id),
    plan_id             uuid             NOT NULL,
    gpu_id              uuid             NOT NULL,
    node_id             uuid             NOT NULL,
    site_id             uuid             NOT NULL,
    utilization         double precision NOT NULL,
    memory_mib          bigint           NOT NULL,
    planned_memory_mib  bigint           NOT NULL,
    resident_versions   jsonb            NOT NULL DEFAULT '[]'::jsonb,
    created_at          timestamptz      NOT NULL,
    updated_at          timestamptz      NOT NULL,
    version             bigint           NOT NULL DEFAULT 0,
    CONSTRAINT plan_gpus_plan_fk FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX plan_gpus_plan_gpu_key ON plan_gpus (plan_id, gpu_id);

-- Tenants whose plan is stale. Written by triggers, so every path that changes a node's status or a
-- deployment (heartbeat fast path, offline sweeper, API) asks for a re-plan; consumed by the re-planner,
-- which claims a row before planning so that only one instance plans a tenant at a time.
CREATE TABLE planning_requests (
    tenant_id           uuid        PRIMARY KEY REFERENCES tenants (id),
    trigger             text        NOT NULL,
    first_requested_at  timestamptz NOT NULL,
    last_requested_at   timestamptz NOT NULL,
    claimed_at          timestamptz
);

CREATE FUNCTION request_replan(p_tenant uuid, p_trigger text) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO planning_requests (tenant_id, trigger, first_requested_at, last_requested_at)
    VALUES (p_tenant, p_trigger, clock_timestamp(), clock_timestamp())
    ON CONFLICT (tenant_id) DO UPDATE SET last_requested_at = clock_timestamp(), trigger = EXCLUDED.trigger
$$;

CREATE FUNCTION replan_on_node_transition() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.from_status IS DISTINCT FROM NEW.to_status AND (NEW.from_status = 'ONLINE' OR NEW.to_status = 'ONLINE') THEN
        PERFORM request_replan(NEW.tenant_id, 'NODE_STATUS');
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER node_transition_requests_replan AFTER INSERT ON node_status_transitions
    FOR EACH ROW EXECUTE FUNCTION replan_on_node_transition();

CREATE FUNCTION replan_on_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM request_replan(coalesce(NEW.tenant_id, OLD.tenant_id), TG_ARGV[0]);
    RETURN NULL;
END $$;
CREATE TRIGGER deployment_change_requests_replan AFTER INSERT OR UPDATE OR DELETE ON deployments
    FOR EACH ROW EXECUTE FUNCTION replan_on_change('DEPLOYMENT_CHANGE');
CREATE TRIGGER profile_change_requests_replan AFTER INSERT OR UPDATE OR DELETE ON model_profiles
    FOR EACH ROW EXECUTE FUNCTION replan_on_change('PROFILE_CHANGE');

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['model_profiles', 'plans', 'plan_entries', 'plan_gpus', 'planning_requests']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_tenant() OR app_system_scope())'
                       ' WITH CHECK (tenant_id = app_tenant() OR app_system_scope())', t);
    END LOOP;
END $$;
