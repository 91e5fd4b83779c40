package io.edgewise.fleet;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A device as clients send it: one device, or one row of a bulk import. */
public record DeviceRequest(
    @NotBlank
        @Size(max = Device.EXTERNAL_ID_MAX)
        @Pattern(
            regexp = Device.EXTERNAL_ID_PATTERN,
            message = "must be printable ASCII without spaces")
        String externalId,
    @NotNull @PositiveOrZero @DecimalMax(Device.GFLOPS_MAX) Double computeGflops,
    @NotNull @Positive @DecimalMax(Device.LINK_MBPS_MAX) Double linkMbps,
    @NotNull @PositiveOrZero @DecimalMax(Device.LINK_RTT_MS_MAX) Double linkRttMs,
    @Size(max = Device.LABELS_MAX, message = "at most " + Device.LABELS_MAX + " labels")
        Map<
                @Pattern(
                    regexp = Device.LABEL_KEY_PATTERN,
                    message = "label keys must match " + Device.LABEL_KEY_PATTERN)
                String,
                @NotNull(message = "label values must not be null")
                @Size(
                    max = Device.LABEL_VALUE_MAX,
                    message =
                        "label values must be at most " + Device.LABEL_VALUE_MAX + " characters")
                String>
            labels,
    DeviceStatus status) {

  public DeviceData toData() {
    return new DeviceData(externalId, computeGflops, linkMbps, linkRttMs, labels, status);
  }
}
