-- Who changed what: one row per successful write, written in the same transaction as the change.

CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    uuid REFERENCES tenants (id),
    actor        text        NOT NULL,
    action       text        NOT NULL,
    entity_type  text        NOT NULL,
    entity_id    text        NOT NULL,
    summary      text,
    at           timestamptz NOT NULL
);
CREATE INDEX audit_log_tenant_at_idx ON audit_log (tenant_id, at DESC);
