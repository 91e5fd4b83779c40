package io.edgewise.fleet;

import java.util.Map;
import java.util.UUID;

/**
 * Which devices a list shows; every part is optional.
 *
 * @param labels labels a device must all carry (JSON containment)
 * @param externalIdPrefix matches external ids starting with it, taken literally
 */
public record DeviceFilter(
    UUID fleetId, DeviceStatus status, Map<String, String> labels, String externalIdPrefix) {

  public DeviceFilter {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  public DeviceFilter inFleet(UUID fleet) {
    return new DeviceFilter(fleet, status, labels, externalIdPrefix);
  }
}
