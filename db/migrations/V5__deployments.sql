-- Deployments: a model version serving a fleet under an SLO, on a set of target sites.

CREATE TABLE deployments (
    id                uuid PRIMARY KEY,
    tenant_id         uuid             NOT NULL REFERENCES tenants (id),
    name              text             NOT NULL,
    model_version_id  uuid             NOT NULL,
    fleet_id          uuid             NOT NULL,
    latency_slo_ms    double precision NOT NULL,
    min_accuracy      double precision,
    strategy          text             NOT NULL,
    replicas          integer          NOT NULL,
    status            text             NOT NULL,
    created_at        timestamptz      NOT NULL,
    updated_at        timestamptz      NOT NULL,
    version           bigint           NOT NULL DEFAULT 0,
    CONSTRAINT deployments_model_version_fk FOREIGN KEY (tenant_id, model_version_id) REFERENCES model_versions (tenant_id, id),
    CONSTRAINT deployments_fleet_fk FOREIGN KEY (tenant_id, fleet_id) REFERENCES fleets (tenant_id, id),
    CONSTRAINT deployments_strategy_known CHECK (strategy IN ('AUTO', 'EDGE_ONLY', 'DEVICE_ONLY', 'SPLIT')),
    CONSTRAINT deployments_status_known CHECK (status IN ('PENDING', 'ACTIVE', 'PAUSED', 'FAILED')),
    CONSTRAINT deployments_slo_positive CHECK (latency_slo_ms > 0),
    CONSTRAINT deployments_accuracy_range CHECK (min_accuracy BETWEEN 0 AND 1),
    CONSTRAINT deployments_replicas_positive CHECK (replicas BETWEEN 1 AND 64)
);
CREATE UNIQUE INDEX deployments_tenant_name_key ON deployments (tenant_id, name);
ALTER TABLE deployments ADD CONSTRAINT deployments_tenant_id_key UNIQUE (tenant_id, id);
CREATE INDEX deployments_fleet_idx ON deployments (fleet_id);
CREATE INDEX deployments_model_version_idx ON deployments (model_version_id);

CREATE TABLE deployment_sites (
    deployment_id  uuid NOT NULL,
    site_id        uuid NOT NULL,
    tenant_id      uuid NOT NULL REFERENCES tenants (id),
    PRIMARY KEY (deployment_id, site_id),
    CONSTRAINT deployment_sites_deployment_fk FOREIGN KEY (tenant_id, deployment_id) REFERENCES deployments (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT deployment_sites_site_fk FOREIGN KEY (tenant_id, site_id) REFERENCES sites (tenant_id, id)
);
CREATE INDEX deployment_sites_site_idx ON deployment_sites (site_id);
