-- Observed metrics: what edge agents and integrations push per deployment, site and minute, with exact
-- hourly and daily roll-ups per series and per smart domain, so that a 7-day domain chart reads 168 rows.
--
-- Sums (requests, violations, bytes, cache counts, energy) roll up exactly. Latency percentiles cannot:
-- a roll-up's p50/p95/p99 is the request-weighted mean of its minutes' percentiles (a plain mean when the
-- bucket served no requests), and latency_p99_max_ms keeps the worst minute's p99 so spikes stay visible.
-- A point's domain is its deployment's fleet's domain when the point was received.

CREATE TABLE metric_minutes (
    -- no foreign key: a check per row would double the cost of bulk ingest; ingest checks the ids instead
    tenant_id              uuid             NOT NULL,
    deployment_id          uuid             NOT NULL,
    site_id                uuid             NOT NULL,
    minute                 timestamptz      NOT NULL,
    domain                 text             NOT NULL,
    requests               bigint           NOT NULL,
    latency_p50_ms         real             NOT NULL,
    latency_p95_ms         real             NOT NULL,
    latency_p99_ms         real             NOT NULL,
    slo_violations         bigint           NOT NULL,
    bytes_uplinked         bigint           NOT NULL,
    bytes_avoided          bigint           NOT NULL,
    cache_hits             bigint           NOT NULL,
    cache_misses           bigint           NOT NULL,
    device_energy_saved_j  double precision NOT NULL,
    demo                   boolean          NOT NULL DEFAULT false,
    received_at            timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, deployment_id, site_id, minute)
) PARTITION BY RANGE (minute);
-- the domain roll-up is recomputed from the minutes of one domain and minute
CREATE INDEX metric_minutes_domain_idx ON metric_minutes (tenant_id, domain, minute);

-- The roll-ups share one shape; bucket is the UTC start of the hour or day.
CREATE TABLE metric_hours (
    tenant_id              uuid             NOT NULL REFERENCES tenants (id),
    deployment_id          uuid             NOT NULL,
    site_id                uuid             NOT NULL,
    bucket                 timestamptz      NOT NULL,
    domain                 text             NOT NULL,
    requests               bigint           NOT NULL,
    latency_p50_ms         real             NOT NULL,
    latency_p95_ms         real             NOT NULL,
    latency_p99_ms         real             NOT NULL,
    latency_p99_max_ms     real             NOT NULL,
    slo_violations         bigint           NOT NULL,
    bytes_uplinked         bigint           NOT NULL,
    bytes_avoided          bigint           NOT NULL,
    cache_hits             bigint           NOT NULL,
    cache_misses           bigint           NOT NULL,
    device_energy_saved_j  double precision NOT NULL,
    PRIMARY KEY (tenant_id, deployment_id, site_id, bucket)
);
CREATE TABLE metric_days (LIKE metric_hours INCLUDING ALL);
ALTER TABLE metric_days ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id);

-- Per smart domain: the dashboards' and overview's source (one row per domain and bucket).
-- (metric_domain_minutes has no foreign key for the same reason as metric_minutes: it grows as fast.)
CREATE TABLE metric_domain_minutes (
    tenant_id              uuid             NOT NULL,
    domain                 text             NOT NULL,
    bucket                 timestamptz      NOT NULL,
    requests               bigint           NOT NULL,
    latency_p50_ms         real             NOT NULL,
    latency_p95_ms         real             NOT NULL,
    latency_p99_ms         real             NOT NULL,
    latency_p99_max_ms     real             NOT NULL,
    slo_violations         bigint           NOT NULL,
    bytes_uplinked         bigint           NOT NULL,
    bytes_avoided          bigint           NOT NULL,
    cache_hits             bigint           NOT NULL,
    cache_misses           bigint           NOT NULL,
    device_energy_saved_j  double precision NOT NULL,
    PRIMARY KEY (tenant_id, domain, bucket)
);
CREATE TABLE metric_domain_hours (LIKE metric_domain_minutes INCLUDING ALL);
ALTER TABLE metric_domain_hours ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id);

-- Creates the missing daily partitions of metric_minutes for the UTC days p_from..p_to (inclusive), each
-- with the same row-level security as the parent (queries go through the parent, whose policy applies;
-- the partitions' own policy guards direct access). Returns how many it created.
CREATE FUNCTION ensure_metric_partitions(p_from date, p_to date) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    day date;
    name text;
    created integer := 0;
BEGIN
    -- replicas maintain partitions at the same moments; one at a time
    PERFORM pg_advisory_xact_lock(hashtext('ensure_metric_partitions'));
    FOR day IN SELECT generate_series(p_from, p_to, interval '1 day')::date LOOP
        name := 'metric_minutes_' || to_char(day, 'YYYYMMDD');
        IF to_regclass(name) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF metric_minutes FOR VALUES FROM (%L) TO (%L)', name,
                           (day::timestamp AT TIME ZONE 'UTC'), ((day + 1)::timestamp AT TIME ZONE 'UTC'));
            EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
            EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', name);
            EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_tenant() OR app_system_scope())'
                           ' WITH CHECK (tenant_id = app_tenant() OR app_system_scope())', name);
            created := created + 1;
        END IF;
    END LOOP;
    RETURN created;
END $$;

-- Drops the daily partitions of metric_minutes for UTC days before p_before, and the domain minutes with
-- them. Returns how many partitions it dropped.
CREATE FUNCTION drop_metric_partitions_before(p_before date) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    partition text;
    dropped integer := 0;
BEGIN
    FOR partition IN
        SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = 'metric_minutes'::regclass AND c.relname ~ '^metric_minutes_[0-9]{8}$'
           AND to_date(substring(c.relname FROM '[0-9]{8}$'), 'YYYYMMDD') < p_before
    LOOP
        EXECUTE format('DROP TABLE %I', partition);
        dropped := dropped + 1;
    END LOOP;
    DELETE FROM metric_domain_minutes WHERE bucket < (p_before::timestamp AT TIME ZONE 'UTC');
    RETURN dropped;
END $$;

-- Recomputes the roll-ups of the given series hours and domain minutes from metric_minutes: the hours and
-- days of each (deployment, site), and the minutes and hours of each domain. Idempotent: it replaces the
-- roll-up rows, so re-pushed minutes with new values change every level. Each affected bucket is
-- aggregated on its own (LATERAL) through the key's index, so the cost follows the batch, not the table,
-- whatever the planner guesses about the arrays' sizes.
CREATE FUNCTION refresh_metric_rollups(p_tenant uuid, p_deployments uuid[], p_sites uuid[], p_hours timestamptz[],
                                       p_domains text[], p_minutes timestamptz[]) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO metric_hours
    SELECT p_tenant, a.deployment_id, a.site_id, a.hour, r.domain, r.requests, r.p50, r.p95, r.p99, r.p99_max, r.violations, r.uplinked, r.avoided, r.hits, r.misses, r.energy
      FROM (SELECT DISTINCT * FROM unnest(p_deployments, p_sites, p_hours) AS u(deployment_id, site_id, hour)) a,
           LATERAL (SELECT max(m.domain) AS domain, sum(m.requests) AS requests,
                   coalesce(sum(m.latency_p50_ms * m.requests) / nullif(sum(m.requests), 0), avg(m.latency_p50_ms)) AS p50,
                   coalesce(sum(m.latency_p95_ms * m.requests) / nullif(sum(m.requests), 0), avg(m.latency_p95_ms)) AS p95,
                   coalesce(sum(m.latency_p99_ms * m.requests) / nullif(sum(m.requests), 0), avg(m.latency_p99_ms)) AS p99,
                   max(m.latency_p99_ms) AS p99_max, sum(m.slo_violations) AS violations, sum(m.bytes_uplinked) AS uplinked,
                   sum(m.bytes_avoided) AS avoided, sum(m.cache_hits) AS hits, sum(m.cache_misses) AS misses,
                   sum(m.device_energy_saved_j) AS energy
                      FROM metric_minutes m
                     WHERE m.tenant_id = p_tenant AND m.deployment_id = a.deployment_id AND m.site_id = a.site_id
                       AND m.minute >= a.hour AND m.minute < a.hour + interval '1 hour') r
     WHERE r.requests IS NOT NULL
    ON CONFLICT (tenant_id, deployment_id, site_id, bucket) DO UPDATE SET
        domain = EXCLUDED.domain, requests = EXCLUDED.requests, latency_p50_ms = EXCLUDED.latency_p50_ms,
        latency_p95_ms = EXCLUDED.latency_p95_ms, latency_p99_ms = EXCLUDED.latency_p99_ms,
        latency_p99_max_ms = EXCLUDED.latency_p99_max_ms, slo_violations = EXCLUDED.slo_violations,
        bytes_uplinked = EXCLUDED.bytes_uplinked, bytes_avoided = EXCLUDED.bytes_avoided, cache_hits = EXCLUDED.cache_hits,
        cache_misses = EXCLUDED.cache_misses, device_energy_saved_j = EXCLUDED.device_energy_saved_j;

    INSERT INTO metric_days
    SELECT p_tenant, a.deployment_id, a.site_id, a.day, r.domain, r.requests, r.p50, r.p95, r.p99, r.p99_max, r.violations, r.uplinked, r.avoided, r.hits, r.misses, r.energy
      FROM (SELECT DISTINCT deployment_id, site_id, date_trunc('day', hour, 'UTC') AS day
              FROM unnest(p_deployments, p_sites, p_hours) AS u(deployment_id, site_id, hour)) a,
           LATERAL (SELECT max(m.domain) AS domain, sum(m.requests) AS requests,
                   coalesce(sum(m.latency_p50_ms * m.requests) / nullif(sum(m.requests), 0), avg(m.latency_p50_ms)) AS p50,
                   coalesce(sum(m.latency_p95_ms * m.requests) / nullif(sum(m.requests), 0), avg(m.latency_p95_ms)) AS p95,
                   coalesce(sum(m.latency_p99_ms * m.requests) / nullif(sum(m.requests), 0), avg(m.latency_p99_ms)) AS p99,
                   max(m.latency_p99_max_ms) AS p99_max, sum(m.slo_violations) AS violations, sum(m.bytes_uplinked) AS uplinked,
                   sum(m.bytes_avoided) AS avoided, sum(m.cache_hits) AS hits, sum(m.cache_misses) AS misses,
                   sum(m.device_energy_saved_j) AS energy
                      FROM metric_hours m
                     WHERE m.tenant_id = p_tenant AND m.deployment_id = a.deployment_id AND m.site_id = a.site_id
                       AND m.bucket >= a.day AND m.bucket < a.day + interval '1 day') r
     WHERE r.requests IS NOT NULL
    ON CONFLICT (tenant_id, deployment_id, site_id, bucket) DO UPDATE SET
        domain = EXCLUDED.domain, requests = EXCLUDED.requests, latency_p50_ms = EXCLUDED.latency_p50_ms,
        latency_p95_ms = EXCLUDED.latency_p95_ms, latency_p99_ms = EXCLUDED.latency_p99_ms,
        latency_p99_max_ms = EXCLUDED.latency_p99_max_ms, slo_violations = EXCLUDED.slo_violations,
        bytes_uplinked = EXCLUDED.bytes_uplinked, bytes_avoided = EXCLUDED.bytes_avoided, cache_hits = EXCLUDED.cache_hits,
        cache_misses = EXCLUDED.cache_misses, device_energy_saved_j = EXCLUDED.device_energy_saved_j;

    -- one pass over the batch's time span (partitions outside it are pruned), keeping the affected domain minutes
    INSERT INTO metric_domain_minutes
    SELECT p_tenant, m.domain, m.minute, sum(m.requests),
           coalesce(sum(m.latency_p50_ms * m.requests) / nullif(sum(m.requests), 0), avg(m.latency_p50_ms)),
           coalesce(sum(m.latency_p95_ms * m.requests) / nullif(sum(m.requests), 0), avg(m.latency_p95_ms)),
           coalesce(sum(m.latency_p99_ms * m.requests) / nullif(sum(m.requests), 0), avg(m.latency_p99_ms)),
           max(m.latency_p99_ms), sum(m.slo_violations), sum(m.bytes_uplinked), sum(m.bytes_avoided),
           sum(m.cache_hits), sum(m.cache_misses), sum(m.device_energy_saved_j)
      FROM metric_minutes m
     WHERE m.tenant_id = p_tenant
       AND m.minute >= (SELECT min(x) FROM unnest(p_minutes) x) AND m.minute <= (SELECT max(x) FROM unnest(p_minutes) x)
       AND (m.domain, m.minute) IN (SELECT * FROM unnest(p_domains, p_minutes))
     GROUP BY m.domain, m.minute
    ON CONFLICT (tenant_id, domain, bucket) DO UPDATE SET
        requests = EXCLUDED.requests, latency_p50_ms = EXCLUDED.latency_p50_ms,
        latency_p95_ms = EXCLUDED.latency_p95_ms, latency_p99_ms = EXCLUDED.latency_p99_ms,
        latency_p99_max_ms = EXCLUDED.latency_p99_max_ms, slo_violations = EXCLUDED.slo_violations,
        bytes_uplinked = EXCLUDED.bytes_uplinked, bytes_avoided = EXCLUDED.bytes_avoided, cache_hits = EXCLUDED.cache_hits,
        cache_misses = EXCLUDED.cache_misses, device_energy_saved_j = EXCLUDED.device_energy_saved_j;

    INSERT INTO metric_domain_hours
    SELECT p_tenant, a.domain, a.hour, r.requests, r.p50, r.p95, r.p99, r.p99_max, r.violations, r.uplinked, r.avoided, r.hits, r.misses, r.energy
      FROM (SELECT DISTINCT domain, date_trunc('hour', minute, 'UTC') AS hour FROM unnest(p_domains, p_minutes) AS u(domain, minute)) a,
           LATERAL (SELECT sum(m.requests) AS requests,
                   coalesce(sum(m.latency_p50_ms * m.requests) / nullif(sum(m.requests), 0), avg(m.latency_p50_ms)) AS p50,
                   coalesce(sum(m.latency_p95_ms * m.requests) / nullif(sum(m.requests), 0), avg(m.latency_p95_ms)) AS p95,
                   coalesce(sum(m.latency_p99_ms * m.requests) / nullif(sum(m.requests), 0), avg(m.latency_p99_ms)) AS p99,
                   max(m.latency_p99_max_ms) AS p99_max, sum(m.slo_violations) AS violations, sum(m.bytes_uplinked) AS uplinked,
                   sum(m.bytes_avoided) AS avoided, sum(m.cache_hits) AS hits, sum(m.cache_misses) AS misses,
                   sum(m.device_energy_saved_j) AS energy
                      FROM metric_domain_minutes m
                     WHERE m.tenant_id = p_tenant AND m.domain = a.domain
                       AND m.bucket >= a.hour AND m.bucket < a.hour + interval '1 hour') r
     WHERE r.requests IS NOT NULL
    ON CONFLICT (tenant_id, domain, bucket) DO UPDATE SET
        requests = EXCLUDED.requests, latency_p50_ms = EXCLUDED.latency_p50_ms,
        latency_p95_ms = EXCLUDED.latency_p95_ms, latency_p99_ms = EXCLUDED.latency_p99_ms,
        latency_p99_max_ms = EXCLUDED.latency_p99_max_ms, slo_violations = EXCLUDED.slo_violations,
        bytes_uplinked = EXCLUDED.bytes_uplinked, bytes_avoided = EXCLUDED.bytes_avoided, cache_hits = EXCLUDED.cache_hits,
        cache_misses = EXCLUDED.cache_misses, device_energy_saved_j = EXCLUDED.device_energy_saved_j;
$$;

-- Upserts a batch of minutes of p_tenant (all arrays index-aligned) and refreshes every roll-up they touch,
-- in the caller's transaction. One call per batch: the statements keep their plans for the connection.
CREATE FUNCTION ingest_metric_minutes(
    p_tenant uuid, p_demo boolean, p_deployments uuid[], p_sites uuid[], p_domains text[], p_minutes timestamptz[],
    p_requests int8[], p_p50 float4[], p_p95 float4[], p_p99 float4[], p_violations int8[], p_uplinked int8[],
    p_avoided int8[], p_hits int8[], p_misses int8[], p_energy float8[]) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    written integer;
    hours timestamptz[];
BEGIN
    INSERT INTO metric_minutes (tenant_id, deployment_id, site_id, minute, domain, requests, latency_p50_ms, latency_p95_ms,
                                latency_p99_ms, slo_violations, bytes_uplinked, bytes_avoided, cache_hits, cache_misses,
                                device_energy_saved_j, demo, received_at)
    SELECT p_tenant, u.*, p_demo, now()
      FROM unnest(p_deployments, p_sites, p_minutes, p_domains, p_requests, p_p50, p_p95, p_p99, p_violations, p_uplinked,
                  p_avoided, p_hits, p_misses, p_energy) AS u
    ON CONFLICT (tenant_id, deployment_id, site_id, minute) DO UPDATE SET
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

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['metric_minutes', 'metric_hours', 'metric_days', 'metric_domain_minutes', 'metric_domain_hours']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_tenant() OR app_system_scope())'
                       ' WITH CHECK (tenant_id = app_tenant() OR app_system_scope())', t);
    END LOOP;
END $$;
