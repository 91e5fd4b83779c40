package io.edgewise.agent.metrics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A buffered batch as {@code POST /api/v1/metrics} takes it: every point carries the node's site,
 * which the buffer does not know (the registration may name it only later).
 */
record SentBatch(List<SitePoint> points) {

  /** One point's fields, flat, with {@code siteId} beside them. */
  record SitePoint(String siteId, @JsonUnwrapped MetricPoint point) {}

  static SentBatch at(String siteId, List<MetricPoint> points) {
    return new SentBatch(points.stream().map(p -> new SitePoint(siteId, p)).toList());
  }
}
