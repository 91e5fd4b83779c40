-- Minutes are kept per source: the node whose agent pushed them, or '' for pushes by operators and integrations.
-- Two agents serving one deployment at one site used to overwrite each other's minute (the key was deployment,
-- site and minute); now each keeps its own row, re-pushes from one node still replace that node's row, and every
-- read and roll-up sums the sources as it already summed sites.

ALTER TABLE metric_minutes ADD COLUMN source text NOT NULL DEFAULT '';
ALTER TABLE metric_minutes DROP CONSTRAINT metric_minutes_pkey;
ALTER TABLE metric_minutes ADD PRIMARY KEY (tenant_id, deployment_id, site_id, minute, source);

DROP FUNCTION ingest_metric_minutes(uuid, boolean, uuid[], uuid[], text[], timestamptz[], int8[], float4[], float4[],
                                    float4[], int8[], int8[], int8[], int8[], int8[], float8[]);

-- Upserts a batch of minutes of p_tenant from one source (all arrays index-aligned) and refreshes every roll-up they
-- touch, in the caller's transaction. One call per batch: the statements keep their plans for the connection.
CREATE FUNCTION ingest_metric_minutes(
    p_tenant uuid, p_demo boolean, p_source text, p_deployments uuid[], p_sites uuid[], p_domains text[],
    p_minutes timestamptz[], p_requests int8[], p_p50 float4[], p_p95 float4[], p_p99 float4[], p_violations int8[],
    p_uplinked int8[], p_avoided int8[], p_hits int8[], p_misses int8[], p_energy float8[]) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    written integer;
    hours timestamptz[];
BEGIN
    INSERT INTO metric_minutes (tenant_id, deployment_id, site_id, minute, domain, requests, latency_p50_ms, latency_p95_ms,
                                latency_p99_ms, slo_violations, bytes_uplinked, bytes_avoided, cache_hits, cache_misses,
                                device_energy_saved_j, demo, received_at, source)
    SELECT p_tenant, u.*, p_demo, now(), p_source
      FROM unnest(p_deployments, p_sites, p_minutes, p_domains, p_requests, p_p50, p_p95, p_p99, p_violations, p_uplinked,
                  p_avoided, p_hits, p_misses, p_energy) AS u
    ON CONFLICT (tenant_id, deployment_id, site_id, minute, source) DO UPDATE SET
        domain = EXCLUDED.domain, requests = EXCLUDED.requests, latency_p50_ms = EXCLUDED.latency_p50_ms,
        latency_p95_ms = EXCLUDED.latency_p95_ms, latency_p99_ms = EXCLUDED.latency_p99_ms,
        slo_violations = EXCLUDED.slo_violations, bytes_uplinked = EXCLUDED.bytes_uplinked,
        bytes_avoided = EXCLUDED.bytes_avoided, cache_hits = EXCLUDED.cache_hits, cache_misses = EXCLUDED.cache_misses,
        device_energy_saved_j = EXCLUDED.device_energy_saved_j, demo = EXCLUDED.demo, received_at = EXCLUDED.received_at;
    GET DIAGNOSTICS written = ROW_COUNT;
    SELECT array_agg(date_trunc('hour', m, 'UTC')) INTO hours FROM unnest(p_minutes) AS m;
    PERFORM refresh_metric_rollups(p_tenant, p_deployments, p_sites, hours, p_domains, p_minutes);
    RETURN written;
END $$;
