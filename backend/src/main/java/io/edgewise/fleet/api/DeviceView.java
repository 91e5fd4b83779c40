package io.edgewise.fleet.api;

import io.edgewise.fleet.Device;
import io.edgewise.fleet.DeviceStatus;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A device as the API shows it; labels are sorted by key. */
public record DeviceView(
    UUID id,
    UUID fleetId,
    String externalId,
    double computeGflops,
    double linkMbps,
    double linkRttMs,
    Map<String, String> labels,
    DeviceStatus status,
    Instant lastSeenAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static DeviceView of(Device d) {
    return new DeviceView(
        d.id,
        d.fleetId,
        d.externalId,
        d.computeGflops,
        d.linkMbps,
        d.linkRttMs,
        new TreeMap<>(d.labels),
        d.status,
        d.lastSeenAt,
        d.createdAt,
        d.updatedAt,
        d.version);
  }
}
