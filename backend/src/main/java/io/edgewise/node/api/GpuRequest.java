package io.edgewise.node.api;

import io.edgewise.node.Gpu;
import io.edgewise.node.GpuSpec;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The hardware facts of one GPU in a node or registration request. */
public record GpuRequest(
    @NotNull @PositiveOrZero Integer index,
    @NotBlank @Size(max = Gpu.VENDOR_MAX) String vendor,
    @NotBlank @Size(max = Gpu.MODEL_MAX) String model,
    @NotNull @Positive Long memoryMib,
    @NotNull @Positive Double peakTflops,
    @Size(max = Gpu.COMPUTE_CAPABILITY_MAX) String computeCapability) {

  GpuSpec toSpec() {
    return new GpuSpec(
        index, vendor.trim(), model.trim(), memoryMib, peakTflops, computeCapability);
  }

  public static List<GpuSpec> toSpecs(List<GpuRequest> gpus) {
    return gpus == null ? List.of() : gpus.stream().map(GpuRequest::toSpec).toList();
  }
}
