package io.edgewise.metrics.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.QueryEnums;
import io.edgewise.base.api.QueryIds;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.metrics.MetricPoint;
import io.edgewise.metrics.MetricPointRules;
import io.edgewise.metrics.MetricsIngestService;
import io.edgewise.metrics.MetricsQueryService;
import io.edgewise.metrics.Resolution;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Metrics: agents (for their own site) and operators push minutes; everyone in the tenant reads
 * series. See docs/api/metrics.md.
 */
@Path("/api/v1/metrics")
public class MetricsResource {

  public record PushRequest(List<PointRequest> points) {}

  public record PushResponse(int accepted) {}

  public record SeriesResponse(
      Resolution resolution, Instant from, Instant to, List<SeriesPointView> points) {}

  @Inject MetricsIngestService ingest;
  @Inject MetricsQueryService query;

  /**
   * All or nothing: 400 naming each bad point and field, 404 naming unknown ids, 403 for another
   * node's site.
   */
  @POST
  @RolesAllowed({Role.Names.AGENT, Role.Names.OPERATOR})
  public PushResponse push(PushRequest body) {
    if (body == null || body.points() == null || body.points().isEmpty()) {
      throw new InvalidInput(
          "no points",
          List.of(
              new FieldError(
                  "points", "must hold 1 to " + MetricPointRules.MAX_POINTS + " points")));
    }
    if (body.points().size() > MetricPointRules.MAX_POINTS) {
      throw new InvalidInput(
          "too many points",
          List.of(
              new FieldError(
                  "points",
                  "holds "
                      + body.points().size()
                      + " points; at most "
                      + MetricPointRules.MAX_POINTS
                      + " per request")));
    }
    List<FieldError> missing = new ArrayList<>();
    for (int i = 0; i < body.points().size(); i++) {
      PointRequest point = body.points().get(i);
      if (point == null) {
        missing.add(new FieldError("points[" + i + "]", "must be an object"));
      } else {
        missing.addAll(point.missingFields("points[" + i + "]."));
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInput(
          missing.size() + " required field(s) missing; nothing was stored", missing);
    }
    List<MetricPoint> points = body.points().stream().map(PointRequest::toPoint).toList();
    return new PushResponse(ingest.push(points));
  }

  /**
   * A series by domain, or by deploymentId and/or siteId; {@code to} defaults to now, {@code from}
   * to an hour before it.
   */
  @GET
  @RolesAllowed(Role.Names.VIEWER)
  public SeriesResponse series(
      @QueryParam("domain") String domain,
      @QueryParam("deploymentId") String deploymentId,
      @QueryParam("siteId") String siteId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("resolution") String resolution) {
    Instant end = instant("to", to, Instant.now());
    Instant start = instant("from", from, end.minus(Duration.ofHours(1)));
    Resolution chosen =
        resolution == null || resolution.isBlank() || resolution.equalsIgnoreCase("auto")
            ? Resolution.auto(start, end)
            : QueryEnums.parse(Resolution.class, "resolution", resolution);
    List<SeriesPointView> points =
        query
            .series(
                domain(domain),
                QueryIds.parse("deploymentId", deploymentId),
                QueryIds.parse("siteId", siteId),
                start,
                end,
                chosen)
            .stream()
            .map(SeriesPointView::of)
            .toList();
    return new SeriesResponse(chosen, start, end, points);
  }

  private static SmartDomain domain(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value.trim().toUpperCase(Locale.ROOT);
    return QueryEnums.parse(
        SmartDomain.class, "domain", name.startsWith("SMART_") ? name : "SMART_" + name);
  }

  private static Instant instant(String parameter, String value, Instant otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          "'" + value + "' is not an instant",
          List.of(
              new FieldError(
                  parameter, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z")));
    }
  }
}
