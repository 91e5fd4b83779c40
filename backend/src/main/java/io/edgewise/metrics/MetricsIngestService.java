package io.edgewise.metrics;

import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.Forbidden;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.error.NotFound;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.node.NodeService;
import io.edgewise.security.Caller;
import io.edgewise.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stores pushed metric points, all or nothing: every point is checked (rules, then that its
 * deployment and site are the tenant's, then that a node credential speaks only for its own site)
 * before one statement upserts them and refreshes their roll-ups in the same transaction. A
 * re-pushed minute replaces what the same source (the pushing node, or operators as one) sent for
 * it before.
 */
@ApplicationScoped
public class MetricsIngestService {

  /**
   * The source of minutes pushed by operators, integrations and the demo. A node's pushes are its
   * own source (its id), so agents serving one deployment at one site add up instead of replacing
   * each other's minutes.
   */
  static final String OPERATOR_SOURCE = "";

  @Inject MetricsIngestRepository repository;
  @Inject MetricsConfig config;
  @Inject CurrentCaller callers;
  @Inject NodeService nodes;
  @Inject MeasuredSegmentsRepository segments;
  @Inject Event<MetricsPushed> pushed;

  Clock clock = Clock.systemUTC();

  /** A push from the API; returns how many points were accepted. */
  @Transactional
  public int push(List<MetricPoint> points) {
    Caller caller = callers.get();
    Optional<UUID> nodeSite = caller.nodeId().map(id -> nodes.get(id).siteId);
    int stored =
        store(points, false, caller.nodeId().map(UUID::toString).orElse(OPERATOR_SOURCE), nodeSite);
    pushed.fire(
        new MetricsPushed(
            callers.tenantId(),
            points.stream().map(MetricPoint::deploymentId).distinct().toList()));
    return stored;
  }

  /**
   * Generated demo points, marked as such; the same rules, in batches larger than the API allows.
   */
  @Transactional
  public int importDemo(List<MetricPoint> points) {
    return store(points, true, OPERATOR_SOURCE, Optional.empty());
  }

  /** The latest minute the current tenant has points for. */
  @Transactional
  public Optional<Instant> latestMinute() {
    return repository.latestMinute(callers.tenantId());
  }

  private int store(
      List<MetricPoint> points, boolean demo, String source, Optional<UUID> onlySite) {
    if (points.isEmpty()) {
      return 0;
    }
    List<FieldError> errors =
        MetricPointRules.check(points, clock.instant(), config.minuteRetention());
    if (!errors.isEmpty()) {
      throw new InvalidInput(
          errors.size() + " invalid field(s) in the points; nothing was stored", errors);
    }
    UUID tenantId = callers.tenantId();
    Map<UUID, SmartDomain> domains =
        repository.deploymentDomains(
            tenantId, points.stream().map(MetricPoint::deploymentId).distinct().toList());
    Set<UUID> sites =
        repository.knownSites(
            tenantId, points.stream().map(MetricPoint::siteId).distinct().toList());
    List<FieldError> unknown = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      MetricPoint p = points.get(i);
      if (!domains.containsKey(p.deploymentId())) {
        unknown.add(
            new FieldError("points[" + i + "].deploymentId", "no such deployment in your tenant"));
      }
      if (!sites.contains(p.siteId())) {
        unknown.add(new FieldError("points[" + i + "].siteId", "no such site in your tenant"));
      }
    }
    if (!unknown.isEmpty()) {
      throw new NotFound(
          "not-found",
          "points name deployments or sites that do not exist; nothing was stored",
          unknown);
    }
    onlySite.ifPresent(
        site ->
            points.stream()
                .filter(p -> !p.siteId().equals(site))
                .findFirst()
                .ifPresent(
                    p -> {
                      throw new Forbidden(
                          "a node credential may push metrics only for its own node's site "
                              + site
                              + "; point "
                              + points.indexOf(p)
                              + " names site "
                              + p.siteId());
                    }));
    int written =
        repository.ingest(tenantId, demo, source, points, p -> domains.get(p.deploymentId()));
    if (!demo) {
      segments.record(tenantId, source, points);
    }
    return written;
  }
}
