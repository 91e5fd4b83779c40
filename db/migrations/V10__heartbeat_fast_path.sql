-- The heartbeat fast path. Every node heartbeats every few seconds (10,000 nodes at 5 s: 2,000 a
-- second), so one heartbeat must cost the database very little.

-- Heartbeats rewrite nodes.last_heartbeat_at (and now and then status), and the GPUs' live columns.
-- PostgreSQL keeps such updates cheap (HOT: the new row version stays on its page, no index changes)
-- only while no index names a changed column. nodes_online_heartbeat_idx named both (last_heartbeat_at,
-- with a predicate on status), so every heartbeat inserted into all six indexes of nodes. The offline
-- sweeper does not need it: a sequential scan of 10,000 nodes every few seconds takes about a millisecond.
DROP INDEX nodes_online_heartbeat_idx;

-- Leave room on each page for the next row versions, so heartbeats stay HOT updates.
ALTER TABLE nodes SET (fillfactor = 50);
ALTER TABLE gpus SET (fillfactor = 50);

-- Records one heartbeat of p_node in p_tenant: stamps the node (PENDING and OFFLINE become ONLINE,
-- MAINTENANCE and ONLINE stay), records a status transition when the status changed, and stores the
-- GPU samples matched by device index. Writes nothing and returns the unknown indexes when a sample
-- names a GPU the node does not have; returns no status when the node does not exist in p_tenant.
-- A function rather than one statement from the application because PostgreSQL re-plans a prepared
-- multi-part statement over array parameters on every execution (its estimate for unnest(parameter)
-- makes the generic plan look costlier), and planning cost three times the execution; the statements
-- of a PL/pgSQL function keep their generic plans for the life of the connection.
CREATE FUNCTION record_node_heartbeat(
    p_node uuid, p_tenant uuid, p_reason text,
    p_indexes int[], p_utilization float8[], p_memory_used int8[], p_temperature float8[],
    OUT status text, OUT unknown_gpu_indexes int[])
    LANGUAGE plpgsql
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    previous text;
BEGIN
    -- the lock orders concurrent heartbeats, registrations and offline sweeps of this node
    SELECT n.status INTO previous FROM nodes n WHERE n.id = p_node AND n.tenant_id = p_tenant FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    SELECT array_agg(s.device_index ORDER BY s.device_index) INTO unknown_gpu_indexes
      FROM unnest(p_indexes) AS s(device_index)
     WHERE NOT EXISTS (SELECT 1 FROM gpus g WHERE g.node_id = p_node AND g.device_index = s.device_index);
    IF unknown_gpu_indexes IS NOT NULL THEN
        RETURN;
    END IF;
    status := CASE WHEN previous IN ('PENDING', 'OFFLINE') THEN 'ONLINE' ELSE previous END;
    UPDATE nodes n SET last_heartbeat_at = now(), status = record_node_heartbeat.status WHERE n.id = p_node;
    IF status <> previous THEN
        INSERT INTO node_status_transitions (tenant_id, node_id, from_status, to_status, reason, at)
        VALUES (p_tenant, p_node, previous, status, p_reason, now());
    END IF;
    UPDATE gpus g
       SET utilization_pct = s.utilization, memory_used_mib = s.memory_used, temperature_c = s.temperature, sampled_at = now()
      FROM unnest(p_indexes, p_utilization, p_memory_used, p_temperature) AS s(device_index, utilization, memory_used, temperature)
     WHERE g.node_id = p_node AND g.device_index = s.device_index;
END
$$;
