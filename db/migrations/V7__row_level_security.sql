-- Row-level security: every tenant-owned row is visible and writable only in a transaction whose
-- app.tenant names its tenant (or in platform scope). The application connects as the tables' owner,
-- so FORCE makes the policies bind it too; it must not be a superuser nor have BYPASSRLS.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'api_tokens', 'sites', 'nodes', 'gpus', 'node_status_transitions',
                             'fleets', 'devices', 'models', 'model_versions', 'deployments',
                             'deployment_sites', 'audit_log']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_tenant() OR app_system_scope())'
                       ' WITH CHECK (tenant_id = app_tenant() OR app_system_scope())', t);
    END LOOP;
END $$;

-- A tenant sees only its own tenant row.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants USING (id = app_tenant() OR app_system_scope())
    WITH CHECK (id = app_tenant() OR app_system_scope());
