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

-- Node credentials are looked up by node when a node registers again or is deleted.
CREATE INDEX api_tokens_node_idx ON api_tokens (node_id) WHERE node_id IS NOT NULL;

-- Records one heartbeat of p_node in p_tenant and returns the node's status afterwards: stamps the node
-- (PENDING and OFFLINE become ONLINE, MAINTENANCE and ONLINE stay), records a status transition when
-- the status changed, and stores the GPU samples matched by device index. Returns NULL when the node
-- does not exist in p_tenant. Raises no_data_found (SQLSTATE P0002) when a sample names a GPU the node
-- does not have, which undoes the whole call.
-- A function rather than one statement sent by the application because PostgreSQL re-planned the
-- equivalent multi-part statement over array parameters on every execution (its row estimate for
-- unnest(parameter) makes the generic plan look costlier), and planning cost three times the
-- execution; the statements of a PL/pgSQL function keep their generic plans for the connection's life.
CREATE FUNCTION record_node_heartbeat(
    p_node uuid, p_tenant uuid, p_reason text,
    p_indexes int[], p_utilization float8[], p_memory_used int8[], p_temperature float8[])
    RETURNS text
    LANGUAGE plpgsql
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    previous_status text;
    next_status text;
    sampled int;
BEGIN
    -- the row lock orders concurrent heartbeats, registrations and offline sweeps of this node
    UPDATE nodes n
       SET last_heartbeat_at = now(),
           status = CASE WHEN p.status IN ('PENDING', 'OFFLINE') THEN 'ONLINE' ELSE p.status END
      FROM (SELECT id, status FROM nodes WHERE id = p_node AND tenant_id = p_tenant FOR UPDATE) p
     WHERE n.id = p.id
    RETURNING p.status, n.status INTO previous_status, next_status;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    UPDATE gpus g
       SET utilization_pct = s.utilization, memory_used_mib = s.memory_used, temperature_c = s.temperature, sampled_at = now()
      FROM unnest(p_indexes, p_utilization, p_memory_used, p_temperature) AS s(device_index, utilization, memory_used, temperature)
     WHERE g.node_id = p_node AND g.device_index = s.device_index;
    GET DIAGNOSTICS sampled = ROW_COUNT;
    IF sampled < cardinality(p_indexes) THEN
        RAISE EXCEPTION 'the heartbeat names GPUs node % does not have', p_node USING ERRCODE = 'no_data_found';
    END IF;
    IF next_status <> previous_status THEN
        INSERT INTO node_status_transitions (tenant_id, node_id, from_status, to_status, reason, at)
        VALUES (p_tenant, p_node, previous_status, next_status, p_reason, now());
    END IF;
    RETURN next_status;
END
$$;
