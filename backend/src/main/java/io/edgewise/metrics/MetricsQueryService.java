package io.edgewise.metrics;

import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.persistence.TenantContext;
import io.edgewise.fleet.SmartDomain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Series and live figures of the caller's tenant, for the API, the overview and the domain
 * dashboards.
 */
@ApplicationScoped
public class MetricsQueryService {

  /** The window of the overview's live figures. */
  public static final Duration NOW_WINDOW = Duration.ofMinutes(15);

  @Inject MetricsReadRepository repository;
  @Inject MeasuredSegmentsRepository segments;
  @Inject TenantContext tenant;

  Clock clock = Clock.systemUTC();

  /**
   * A series selected by domain, or by deployment and/or site; buckets start at or after {@code
   * from}'s bucket.
   */
  @Transactional
  public List<SeriesPoint> series(
      SmartDomain domain,
      UUID deploymentId,
      UUID siteId,
      Instant from,
      Instant to,
      Resolution resolution) {
    if (!from.isBefore(to)) {
      throw new InvalidInput("from must lie before to");
    }
    Instant start = align(from, resolution);
    if (domain != null && deploymentId == null && siteId == null) {
      return repository.domainSeries(tenant.tenantId(), domain, resolution, start, to);
    }
    if (domain != null || (deploymentId == null && siteId == null)) {
      throw new InvalidInput("select a series with domain, or with deploymentId and/or siteId");
    }
    return repository.series(tenant.tenantId(), deploymentId, siteId, resolution, start, to);
  }

  /**
   * What the agents measured of one deployment of the tenant over the minutes in {@code [from,
   * to)}: requests, their p95 and the measured segments (docs/algorithms.md, "Predicted against
   * measured").
   */
  @Transactional
  public MeasuredWindow measured(UUID deploymentId, Instant from, Instant to) {
    return segments.window(tenant.tenantId(), deploymentId, from, to);
  }

  /** The domain's series over {@code range}, ending now. */
  @Transactional
  public DomainSeries domainSeries(SmartDomain domain, TimeRange range) {
    Instant now = clock.instant();
    Instant from =
        align(now.minus(range.span()), range.resolution()).plus(range.resolution().bucket());
    List<SeriesPoint> points =
        repository.domainSeries(
            tenant.tenantId(),
            domain,
            range.resolution(),
            from,
            now.plus(range.resolution().bucket()));
    return new DomainSeries(
        domain, range, repository.strictestSlo(tenant.tenantId(), domain), points);
  }

  /** The overview's live figures of one domain. */
  @Transactional
  public DomainNow domainNow(SmartDomain domain) {
    UUID tenantId = tenant.tenantId();
    Instant since = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(NOW_WINDOW);
    MetricsReadRepository.Total total = repository.domainTotal(tenantId, domain, since);
    Optional<DomainNow.Recent> recent =
        total.minutes() == 0
            ? Optional.empty()
            : Optional.of(new DomainNow.Recent(total.minutes(), total.sums()));
    return new DomainNow(
        recent,
        repository.strictestSlo(tenantId, domain),
        repository.gpuUtilisation(tenantId, domain));
  }

  /** Each of the domain's deployments' p95 over the last hour, for those that reported. */
  @Transactional
  public Map<UUID, Double> p95LastHour(SmartDomain domain) {
    return repository.p95ByDeployment(
        tenant.tenantId(), domain, clock.instant().minus(Duration.ofHours(1)));
  }

  private static Instant align(Instant instant, Resolution resolution) {
    long size = resolution.bucket().toSeconds();
    return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), size) * size);
  }
}
