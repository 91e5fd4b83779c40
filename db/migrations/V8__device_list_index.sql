-- The device list across a tenant's fleets pages in external-id order by default; without this index
-- every page sorts all of the tenant's devices. (The per-fleet list uses devices_tenant_fleet_idx.)
CREATE INDEX devices_tenant_external_idx ON devices (tenant_id, external_id);
