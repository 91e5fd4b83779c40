-- Models and their versions; a version's artifact lives in artifact storage, keyed by its sha256.

CREATE TABLE models (
    id           uuid PRIMARY KEY,
    tenant_id    uuid        NOT NULL REFERENCES tenants (id),
    name         text        NOT NULL,
    task         text        NOT NULL,
    family       text        NOT NULL,
    domain       text,
    description  text,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0,
    CONSTRAINT models_family_known CHECK (family IN ('CNN', 'RNN', 'LSTM', 'AE', 'DNN', 'RBM', 'DBN', 'DRL', 'OTHER')),
    CONSTRAINT models_domain_known CHECK (domain IN ('SMART_MULTIMEDIA', 'SMART_TRANSPORTATION', 'SMART_CITY', 'SMART_INDUSTRY'))
);
CREATE UNIQUE INDEX models_tenant_name_key ON models (tenant_id, name);
ALTER TABLE models ADD CONSTRAINT models_tenant_id_key UNIQUE (tenant_id, id);

CREATE TABLE model_versions (
    id                  uuid PRIMARY KEY,
    tenant_id           uuid        NOT NULL REFERENCES tenants (id),
    model_id            uuid        NOT NULL,
    label               text        NOT NULL,
    artifact_format     text        NOT NULL,
    artifact_sha256     text        NOT NULL,
    artifact_size_bytes bigint      NOT NULL,
    artifact_key        text        NOT NULL,
    ir_version          bigint,
    opset_version       bigint,
    producer            text,
    graph_node_count    integer     NOT NULL,
    inputs              jsonb       NOT NULL DEFAULT '[]'::jsonb,
    outputs             jsonb       NOT NULL DEFAULT '[]'::jsonb,
    created_by          text        NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    CONSTRAINT model_versions_model_fk FOREIGN KEY (tenant_id, model_id) REFERENCES models (tenant_id, id),
    CONSTRAINT model_versions_format_known CHECK (artifact_format IN ('ONNX')),
    CONSTRAINT model_versions_sha256_format CHECK (artifact_sha256 ~ '^[0-9a-f]{64}$')
);
CREATE UNIQUE INDEX model_versions_model_label_key ON model_versions (model_id, label);
ALTER TABLE model_versions ADD CONSTRAINT model_versions_tenant_id_key UNIQUE (tenant_id, id);
