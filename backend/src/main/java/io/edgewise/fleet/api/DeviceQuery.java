package io.edgewise.fleet.api;

import io.edgewise.base.api.QueryEnums;
import io.edgewise.base.api.QueryIds;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.fleet.Device;
import io.edgewise.fleet.DeviceFilter;
import io.edgewise.fleet.DeviceStatus;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of the device lists: {@code status}, {@code label=key=value} (repeatable, all must
 * match), {@code q} (external id prefix) and, on the global list, {@code fleetId}.
 */
public class DeviceQuery {

  @QueryParam("status")
  public String status;

  @QueryParam("label")
  public List<String> label;

  @QueryParam("q")
  public String q;

  @QueryParam("fleetId")
  public String fleetId;

  /** The filter, or 400 naming the parameter that does not parse. */
  DeviceFilter toFilter() {
    return new DeviceFilter(
        QueryIds.parse("fleetId", fleetId),
        QueryEnums.parse(DeviceStatus.class, "status", status),
        labels(),
        q == null || q.isBlank() ? null : q.trim());
  }

  private Map<String, String> labels() {
    Map<String, String> selector = new LinkedHashMap<>();
    for (String entry : label == null ? List.<String>of() : label) {
      int eq = entry.indexOf('=');
      String key = eq < 0 ? entry : entry.substring(0, eq);
      if (eq < 0 || !key.matches(Device.LABEL_KEY_PATTERN)) {
        throw invalid(
            "label",
            "'" + entry + "' must be key=value with a key matching " + Device.LABEL_KEY_PATTERN);
      }
      String previous = selector.put(key, entry.substring(eq + 1));
      if (previous != null && !previous.equals(selector.get(key))) {
        throw invalid("label", "label '" + key + "' is asked for with two different values");
      }
    }
    return selector;
  }

  private static InvalidInput invalid(String parameter, String message) {
    return new InvalidInput(message, List.of(new FieldError(parameter, message)));
  }
}
