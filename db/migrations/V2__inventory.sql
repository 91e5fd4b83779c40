-- Edge sites, the nodes in them, their GPUs, and the history of node status changes.

CREATE TABLE sites (
    id           uuid PRIMARY KEY,
    tenant_id    uuid             NOT NULL REFERENCES tenants (id),
    name         text             NOT NULL,
    paradigm     text             NOT NULL,
    region       text,
    latitude     double precision,
    longitude    double precision,
    uplink_mbps  double precision NOT NULL,
    rtt_ms       double precision NOT NULL,
    created_at   timestamptz      NOT NULL,
    updated_at   timestamptz      NOT NULL,
    version      bigint           NOT NULL DEFAULT 0,
    CONSTRAINT sites_paradigm_known CHECK (paradigm IN ('CLOUDLET', 'FOG', 'MEC', 'CLOUD')),
    CONSTRAINT sites_latitude_range CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT sites_longitude_range CHECK (longitude BETWEEN -180 AND 180),
    CONSTRAINT sites_uplink_positive CHECK (uplink_mbps > 0),
    CONSTRAINT sites_rtt_non_negative CHECK (rtt_ms >= 0)
);
CREATE UNIQUE INDEX sites_tenant_name_key ON sites (tenant_id, name);
ALTER TABLE sites ADD CONSTRAINT sites_tenant_id_key UNIQUE (tenant_id, id);

CREATE TABLE nodes (
    id                 uuid PRIMARY KEY,
    tenant_id          uuid        NOT NULL REFERENCES tenants (id),
    site_id            uuid        NOT NULL,
    name               text        NOT NULL,
    agent_id           text,
    hostname           text,
    cpu_cores          integer     NOT NULL,
    memory_mib         bigint      NOT NULL,
    status             text        NOT NULL,
    last_heartbeat_at  timestamptz,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL DEFAULT 0,
    CONSTRAINT nodes_site_fk FOREIGN KEY (tenant_id, site_id) REFERENCES sites (tenant_id, id),
    CONSTRAINT nodes_status_known CHECK (status IN ('PENDING', 'ONLINE', 'OFFLINE', 'MAINTENANCE')),
    CONSTRAINT nodes_cpu_positive CHECK (cpu_cores > 0),
    CONSTRAINT nodes_memory_positive CHECK (memory_mib > 0)
);
CREATE UNIQUE INDEX nodes_tenant_name_key ON nodes (tenant_id, name);
ALTER TABLE nodes ADD CONSTRAINT nodes_tenant_id_key UNIQUE (tenant_id, id);
CREATE UNIQUE INDEX nodes_tenant_agent_key ON nodes (tenant_id, agent_id) WHERE agent_id IS NOT NULL;
CREATE INDEX nodes_site_idx ON nodes (site_id);
-- the offline sweeper scans online nodes by heartbeat age
CREATE INDEX nodes_online_heartbeat_idx ON nodes (last_heartbeat_at) WHERE status = 'ONLINE';

CREATE TABLE gpus (
    id                  uuid PRIMARY KEY,
    tenant_id           uuid             NOT NULL REFERENCES tenants (id),
    node_id             uuid             NOT NULL,
    device_index        integer          NOT NULL,
    vendor              text             NOT NULL,
    model               text             NOT NULL,
    memory_mib          bigint           NOT NULL,
    peak_tflops         double precision NOT NULL,
    compute_capability  text,
    utilization_pct     double precision,
    memory_used_mib     bigint,
    temperature_c       double precision,
    sampled_at          timestamptz,
    CONSTRAINT gpus_node_fk FOREIGN KEY (tenant_id, node_id) REFERENCES nodes (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT gpus_memory_positive CHECK (memory_mib > 0),
    CONSTRAINT gpus_tflops_positive CHECK (peak_tflops > 0),
    CONSTRAINT gpus_index_non_negative CHECK (device_index >= 0),
    CONSTRAINT gpus_utilization_range CHECK (utilization_pct BETWEEN 0 AND 100)
);
CREATE UNIQUE INDEX gpus_node_index_key ON gpus (node_id, device_index);

CREATE TABLE node_status_transitions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    uuid        NOT NULL REFERENCES tenants (id),
    node_id      uuid        NOT NULL,
    from_status  text        NOT NULL,
    to_status    text        NOT NULL,
    reason       text        NOT NULL,
    at           timestamptz NOT NULL,
    CONSTRAINT node_status_transitions_node_fk FOREIGN KEY (tenant_id, node_id) REFERENCES nodes (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX node_status_transitions_node_idx ON node_status_transitions (node_id, at DESC);

ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_node_fk FOREIGN KEY (tenant_id, node_id) REFERENCES nodes (tenant_id, id) ON DELETE CASCADE;
