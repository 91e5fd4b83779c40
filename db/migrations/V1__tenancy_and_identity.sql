-- Tenants, local accounts, API tokens and the helpers that row-level security policies use.

-- The tenant of the current transaction, set by the application on every pooled connection it hands out.
-- Pooled connections report '' (not NULL) once a setting was used, hence NULLIF.
CREATE FUNCTION app_tenant() RETURNS uuid
    LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.tenant', true), '')::uuid $$;

-- True only inside platform-level work (authentication lookups, tenant creation, the offline sweeper).
CREATE FUNCTION app_system_scope() RETURNS boolean
    LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.system', true), '') = 'on' $$;

CREATE TABLE tenants (
    id          uuid PRIMARY KEY,
    slug        text        NOT NULL,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0,
    CONSTRAINT tenants_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$')
);
CREATE UNIQUE INDEX tenants_slug_key ON tenants (slug);

CREATE TABLE users (
    id             uuid PRIMARY KEY,
    tenant_id      uuid REFERENCES tenants (id),
    email          text        NOT NULL,
    password_hash  text        NOT NULL,
    role           text        NOT NULL,
    display_name   text,
    enabled        boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT users_role_known CHECK (role IN ('PLATFORM_ADMIN', 'ADMIN', 'OPERATOR', 'VIEWER')),
    -- platform administrators belong to no tenant; everyone else to exactly one
    CONSTRAINT users_tenant_matches_role CHECK ((role = 'PLATFORM_ADMIN') = (tenant_id IS NULL))
);
-- login names are unique platform-wide, case-insensitively
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_tenant_idx ON users (tenant_id);

CREATE TABLE api_tokens (
    id            uuid PRIMARY KEY,
    tenant_id     uuid        NOT NULL REFERENCES tenants (id),
    name          text        NOT NULL,
    role          text        NOT NULL,
    token_hash    text        NOT NULL,
    token_prefix  text        NOT NULL,
    node_id       uuid,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    CONSTRAINT api_tokens_role_known CHECK (role IN ('ADMIN', 'OPERATOR', 'VIEWER', 'AGENT'))
);
CREATE UNIQUE INDEX api_tokens_hash_key ON api_tokens (token_hash);
CREATE INDEX api_tokens_tenant_idx ON api_tokens (tenant_id);
