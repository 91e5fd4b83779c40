package io.edgewise.fleet;

import java.util.HashMap;
import java.util.Map;

/** The editable fields of a device, already validated. */
public record DeviceData(
    String externalId,
    double computeGflops,
    double linkMbps,
    double linkRttMs,
    Map<String, String> labels,
    DeviceStatus status) {

  public DeviceData {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    status = status == null ? DeviceStatus.UNKNOWN : status;
  }

  /** Copies these fields onto {@code device}. */
  Device applyTo(Device device) {
    device.externalId = externalId;
    device.computeGflops = computeGflops;
    device.linkMbps = linkMbps;
    device.linkRttMs = linkRttMs;
    device.labels = new HashMap<>(labels);
    device.status = status;
    return device;
  }
}
