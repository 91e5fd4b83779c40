-- Device fleets (one application in one smart domain, homed on a site) and their devices.

CREATE TABLE fleets (
    id            uuid PRIMARY KEY,
    tenant_id     uuid        NOT NULL REFERENCES tenants (id),
    site_id       uuid        NOT NULL,
    name          text        NOT NULL,
    domain        text        NOT NULL,
    application   text        NOT NULL,
    device_class  text        NOT NULL,
    description   text,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT fleets_site_fk FOREIGN KEY (tenant_id, site_id) REFERENCES sites (tenant_id, id),
    CONSTRAINT fleets_domain_known CHECK (domain IN ('SMART_MULTIMEDIA', 'SMART_TRANSPORTATION', 'SMART_CITY', 'SMART_INDUSTRY'))
);
CREATE UNIQUE INDEX fleets_tenant_name_key ON fleets (tenant_id, name);
ALTER TABLE fleets ADD CONSTRAINT fleets_tenant_id_key UNIQUE (tenant_id, id);
CREATE INDEX fleets_site_idx ON fleets (site_id);

CREATE TABLE devices (
    id              uuid PRIMARY KEY,
    tenant_id       uuid             NOT NULL REFERENCES tenants (id),
    fleet_id        uuid             NOT NULL,
    external_id     text             NOT NULL,
    compute_gflops  double precision NOT NULL,
    link_mbps       double precision NOT NULL,
    link_rtt_ms     double precision NOT NULL,
    labels          jsonb            NOT NULL DEFAULT '{}'::jsonb,
    status          text             NOT NULL,
    last_seen_at    timestamptz,
    created_at      timestamptz      NOT NULL,
    updated_at      timestamptz      NOT NULL,
    version         bigint           NOT NULL DEFAULT 0,
    CONSTRAINT devices_fleet_fk FOREIGN KEY (tenant_id, fleet_id) REFERENCES fleets (tenant_id, id),
    CONSTRAINT devices_status_known CHECK (status IN ('UNKNOWN', 'ONLINE', 'OFFLINE', 'DECOMMISSIONED')),
    CONSTRAINT devices_gflops_non_negative CHECK (compute_gflops >= 0),
    CONSTRAINT devices_link_positive CHECK (link_mbps > 0),
    CONSTRAINT devices_rtt_non_negative CHECK (link_rtt_ms >= 0)
);
CREATE UNIQUE INDEX devices_fleet_external_key ON devices (fleet_id, external_id);
CREATE INDEX devices_tenant_fleet_idx ON devices (tenant_id, fleet_id, external_id);
CREATE INDEX devices_labels_idx ON devices USING gin (labels jsonb_path_ops);
