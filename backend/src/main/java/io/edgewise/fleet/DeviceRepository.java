package io.edgewise.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.paging.SortableFields;
import io.edgewise.base.persistence.Conditions;
import io.edgewise.base.persistence.TenantOwnedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** The caller's tenant's devices. */
@ApplicationScoped
public class DeviceRepository extends TenantOwnedRepository<Device> {

  private static final Map<String, String> SORTABLE =
      SortableFields.named("externalId", "status", "lastSeenAt", "createdAt");

  /** Keeps IN lists well below PostgreSQL's bind-parameter limit. */
  private static final int LOOKUP_CHUNK = 1000;

  private static final int INSERT_CHUNK = 2000;
  private static final String INSERT =
      "INSERT INTO devices (id, tenant_id, fleet_id, external_id, compute_gflops, link_mbps,"
          + " link_rtt_ms, labels, status, created_at, updated_at, version) SELECT u.id, ?, ?,"
          + " u.external_id, u.gflops, u.mbps, u.rtt, CAST(u.labels AS jsonb), u.status, ?, ?, 0"
          + " FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS float8[]), CAST(? AS"
          + " float8[]), CAST(? AS float8[]), CAST(? AS text[]), CAST(? AS text[])) AS u(id,"
          + " external_id, gflops, mbps, rtt, labels, status)";

  @Inject ObjectMapper json;

  @Override
  protected String noun() {
    return "device";
  }

  public PageResult<Device> page(DeviceFilter filter, PageRequest params) {
    String prefix =
        filter.externalIdPrefix() == null || filter.externalIdPrefix().isEmpty()
            ? null
            : Conditions.likePrefix(filter.externalIdPrefix(), false);
    // @> is the operator the GIN index devices_labels_idx serves; under row-level security
    // PostgreSQL
    // uses that index only if jsonb_contains is LEAKPROOF (see docs/api/fleets.md), else it filters
    // the
    // tenant's rows found by the btree indexes
    Conditions where =
        new Conditions()
            .equal("fleetId", filter.fleetId())
            .equal("status", filter.status())
            .when(prefix, "externalId like :prefix escape '!'", "prefix")
            .when(
                filter.labels().isEmpty() ? null : toJson(filter.labels()),
                "cast(sql('? @> cast(? as jsonb)', labels, :labels) as Boolean) = true",
                "labels");
    return PageResult.of(scoped(where, params.sort(SORTABLE, "externalId")), params, d -> d);
  }

  public Optional<Device> findByExternalId(UUID fleetId, String externalId) {
    return scoped(
            "fleetId = :fleet and externalId = :externalId",
            Map.of("fleet", fleetId, "externalId", externalId),
            Sort.by("id"))
        .firstResultOptional();
  }

  /** The fleet's devices with any of these external ids, by external id. */
  public Map<String, Device> findByExternalIds(UUID fleetId, List<String> externalIds) {
    Map<String, Device> found = new HashMap<>();
    for (int from = 0; from < externalIds.size(); from += LOOKUP_CHUNK) {
      List<String> chunk =
          externalIds.subList(from, Math.min(from + LOOKUP_CHUNK, externalIds.size()));
      scoped(
              "fleetId = :fleet and externalId in :ids",
              Map.of("fleet", fleetId, "ids", chunk),
              Sort.by("id"))
          .stream()
          .forEach(d -> found.put(d.externalId, d));
    }
    return found;
  }

  /** Device counts of these fleets in one grouped query; fleets without devices are absent. */
  public Map<UUID, DeviceCounts> countsByFleet(Collection<UUID> fleetIds) {
    if (fleetIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select d.fleetId, count(d), sum(case when d.status = :online then 1 else 0 end)"
                    + " from Device d where d.tenantId = :tenant and d.fleetId in :fleets group by"
                    + " d.fleetId",
                Object[].class)
            .setParameter("online", DeviceStatus.ONLINE)
            .setParameter("tenant", tenantId())
            .setParameter("fleets", fleetIds)
            .getResultList();
    Map<UUID, DeviceCounts> counts = new HashMap<>();
    for (Object[] row : rows) {
      counts.put(
          (UUID) row[0],
          new DeviceCounts(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
    }
    return counts;
  }

  /**
   * Per fleet, what its working devices look like: how many are not decommissioned and their mean
   * capacity and link.
   */
  public Map<UUID, TypicalDevice> typicalDevices(Collection<UUID> fleetIds) {
    if (fleetIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select d.fleetId, count(d), avg(d.computeGflops), avg(d.linkMbps),"
                    + " avg(d.linkRttMs) from Device d where d.tenantId = :tenant and d.fleetId in"
                    + " :fleets and d.status <> :gone group by d.fleetId",
                Object[].class)
            .setParameter("gone", DeviceStatus.DECOMMISSIONED)
            .setParameter("tenant", tenantId())
            .setParameter("fleets", fleetIds)
            .getResultList();
    Map<UUID, TypicalDevice> typical = new HashMap<>();
    for (Object[] row : rows) {
      typical.put(
          (UUID) row[0],
          new TypicalDevice(
              ((Number) row[1]).intValue(),
              ((Number) row[2]).doubleValue(),
              ((Number) row[3]).doubleValue(),
              ((Number) row[4]).doubleValue()));
    }
    return typical;
  }

  /**
   * Inserts new devices into the fleet, {@value #INSERT_CHUNK} per statement: the rows travel as
   * one array per column and {@code unnest} turns them back into rows, so PostgreSQL plans and runs
   * one statement per chunk instead of one per device. It runs on the transaction's connection, so
   * row-level security still binds it. Managed entities would cost a snapshot and a JSON copy each.
   */
  public void insertAll(UUID fleetId, List<DeviceData> rows) {
    UUID tenant = tenantId();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    getEntityManager()
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
                  List<DeviceData> chunk =
                      rows.subList(from, Math.min(from + INSERT_CHUNK, rows.size()));
                  insert.setObject(1, tenant);
                  insert.setObject(2, fleetId);
                  insert.setObject(3, now);
                  insert.setObject(4, now);
                  insert.setArray(
                      5,
                      connection.createArrayOf(
                          "uuid", chunk.stream().map(d -> UUID.randomUUID()).toArray()));
                  insert.setArray(
                      6,
                      connection.createArrayOf(
                          "text", chunk.stream().map(DeviceData::externalId).toArray()));
                  insert.setArray(
                      7,
                      connection.createArrayOf(
                          "float8", chunk.stream().map(DeviceData::computeGflops).toArray()));
                  insert.setArray(
                      8,
                      connection.createArrayOf(
                          "float8", chunk.stream().map(DeviceData::linkMbps).toArray()));
                  insert.setArray(
                      9,
                      connection.createArrayOf(
                          "float8", chunk.stream().map(DeviceData::linkRttMs).toArray()));
                  insert.setArray(
                      10,
                      connection.createArrayOf(
                          "text", chunk.stream().map(d -> toJson(d.labels())).toArray()));
                  insert.setArray(
                      11,
                      connection.createArrayOf(
                          "text", chunk.stream().map(d -> d.status().name()).toArray()));
                  insert.executeUpdate();
                }
              }
            });
  }

  private String toJson(Map<String, String> labels) {
    try {
      return json.writeValueAsString(labels);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("labels of strings always serialise", e);
    }
  }
}
