-- Measured segments: what agents measure of each request's path, beside what the plan predicted for it
-- (docs/algorithms.md "Predicted against measured").
--
-- Per source minute (V16's design: one row per deployment, site, minute and pushing node), the edge
-- segment as the agent saw it (arrival at the agent to its answer: queue wait + edge compute), and the
-- device-side segments that devices reported on their requests (X-Edgewise-Timing, docs/agent.md).
-- NULL means "not measured": a minute pushed without segments, or no device reported that segment.
-- timed_requests counts the requests whose device reported timings; the device means and the
-- end-to-end p95 are over those requests only. The columns are read over a short window straight from
-- metric_minutes, so the roll-ups do not carry them.
ALTER TABLE metric_minutes
    ADD COLUMN edge_mean_ms       real,
    ADD COLUMN edge_p95_ms        real,
    ADD COLUMN timed_requests     bigint NOT NULL DEFAULT 0,
    ADD COLUMN device_mean_ms     real,
    ADD COLUMN uplink_mean_ms     real,
    ADD COLUMN downlink_mean_ms   real,
    ADD COLUMN end_to_end_p95_ms  real;

-- Sets the measured segments of minutes that ingest_metric_minutes (V16) has just written for p_source,
-- in the caller's transaction (all arrays index-aligned). Minutes absent from metric_minutes are skipped.
CREATE FUNCTION record_measured_segments(
    p_tenant uuid, p_source text, p_deployments uuid[], p_sites uuid[], p_minutes timestamptz[],
    p_edge_mean float4[], p_edge_p95 float4[], p_timed int8[], p_device float4[], p_uplink float4[],
    p_downlink float4[], p_end_to_end_p95 float4[]) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    updated integer;
BEGIN
    UPDATE metric_minutes m SET
        edge_mean_ms = u.edge_mean, edge_p95_ms = u.edge_p95, timed_requests = u.timed,
        device_mean_ms = u.device, uplink_mean_ms = u.uplink, downlink_mean_ms = u.downlink,
        end_to_end_p95_ms = u.e2e
      FROM unnest(p_deployments, p_sites, p_minutes, p_edge_mean, p_edge_p95, p_timed, p_device, p_uplink,
                  p_downlink, p_end_to_end_p95)
           AS u(deployment_id, site_id, minute, edge_mean, edge_p95, timed, device, uplink, downlink, e2e)
     WHERE m.tenant_id = p_tenant AND m.source = p_source AND m.deployment_id = u.deployment_id
       AND m.site_id = u.site_id AND m.minute = u.minute;
    GET DIAGNOSTICS updated = ROW_COUNT;
    RETURN updated;
END $$;

-- Drift of a deployment's measurements from its plan's predictions: the scale factors (measured over
-- predicted, compounded over re-plans) that the next plan applies to its layer times, and when a drift
-- re-plan was last requested, so that one deployment asks at most once per interval and cannot loop.
CREATE TABLE deployment_drift (
    tenant_id            uuid             NOT NULL REFERENCES tenants (id),
    deployment_id        uuid             NOT NULL,
    edge_scale           double precision NOT NULL,
    device_scale         double precision NOT NULL,
    reason               text             NOT NULL,
    detected_at          timestamptz      NOT NULL,
    replan_requested_at  timestamptz      NOT NULL,
    PRIMARY KEY (tenant_id, deployment_id),
    CONSTRAINT deployment_drift_deployment_fk FOREIGN KEY (tenant_id, deployment_id)
        REFERENCES deployments (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT deployment_drift_scales_positive CHECK (edge_scale > 0 AND device_scale > 0)
);

ALTER TABLE deployment_drift ENABLE ROW LEVEL SECURITY;
ALTER TABLE deployment_drift FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON deployment_drift USING (tenant_id = app_tenant() OR app_system_scope())
    WITH CHECK (tenant_id = app_tenant() OR app_system_scope());

-- Plans computed because measurements drifted say so.
ALTER TABLE plans DROP CONSTRAINT plans_trigger_known;
ALTER TABLE plans ADD CONSTRAINT plans_trigger_known
    CHECK (trigger IN ('MANUAL', 'NODE_STATUS', 'DEPLOYMENT_CHANGE', 'PROFILE_CHANGE', 'DRIFT'));
