package io.edgewise.planning;

import io.edgewise.planning.calibration.PeakConvention;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.time.Duration;

/** How the control plane plans: solver budget, hardware assumptions and re-planning cadence. */
@ConfigMapping(prefix = "edgewise.planning")
public interface PlanningConfig {

  /**
   * Wall-clock budget of the placement solver for one plan; it stops earlier when it stops
   * improving.
   */
  @WithDefault("5s")
  Duration solverTimeLimit();

  /**
   * Highest planned utilisation of a GPU, 0..1 (headroom for bursts and for the queueing model's
   * accuracy).
   */
  @WithDefault("0.8")
  double utilizationCap();

  /**
   * Share of an accelerator's registered peak (its dense FP32 peak, see {@link PeakConvention})
   * that float32 layers sustain at batch 1. Turns peak figures into layer times, the last resort
   * after a measured time and the tenant's calibration for that hardware.
   */
  @WithDefault(PeakConvention.BATCH1_EFFICIENCY_TEXT)
  double gpuEfficiency();

  /**
   * Sustained GFLOPS of the cloud tier when no GPU is registered at a CLOUD site (default: an A100,
   * 19.5 TFLOPS dense FP32, at the 0.4 batch-1 efficiency).
   */
  @WithDefault("7800")
  double cloudGflops();

  /**
   * Device power while computing, watts; with the radio's energy per byte, the energy objective's
   * model.
   */
  @WithDefault("4")
  double deviceWatts();

  /**
   * Share q of each deployment's latency SLO reserved for queueing at the GPU, in [0, 1): the
   * partition is chosen within {@code SLO × (1 − q)}, so a split that saves energy or gains
   * accuracy never leaves placement without room (placement still checks the whole p95 against the
   * whole SLO). The default reserves a quarter: under today's queueing model a workload whose GPU
   * work is a tenth of the SLO then fits up to about 0.8 utilisation.
   */
  @WithDefault("0.25")
  @DecimalMin("0")
  @DecimalMax(value = "1", inclusive = false)
  double queueingShare();

  /**
   * Milliseconds an edge agent spends on each request besides running the model: receiving and
   * decoding the tensor over HTTP, the framework call, encoding the answer. Charged once to every
   * plan that reaches the edge. The default is the agent's serving overhead measured on a 2-core
   * CPU, HTTP against ONNX Runtime called directly: +2.0 to +2.3 ms at p50 (docs/benchmarks.md,
   * "Edge agent: serving overhead").
   */
  @WithDefault("2")
  @DecimalMin("0")
  double edgeRequestOverheadMs();

  /** Radio energy to send (or receive) one megabyte at a device, joules. */
  @WithDefault("0.4")
  double radioJoulesPerMegabyte();

  /** Fixed part of a model's cold start on a GPU (runtime and session creation), seconds. */
  @WithDefault("1.5")
  double modelLoadFixedSeconds();

  /** Bytes per second at which weights move from disk to GPU memory on a cold start. */
  @WithDefault("1500000000")
  double modelLoadBytesPerSecond();

  /**
   * How often this instance looks for tenants whose plan is stale; "off" disables automatic
   * re-planning.
   */
  @WithDefault("5s")
  String replanEvery();

  /**
   * Quiet time after the last change before a stale tenant is re-planned (changes often come in
   * bursts).
   */
  @WithDefault("3s")
  Duration replanDebounce();

  /** A tenant that keeps changing is re-planned at least this often. */
  @WithDefault("30s")
  Duration replanMaxDelay();

  /** Plans kept per tenant; older ones are deleted after each new plan. */
  @WithDefault("50")
  int retainedPlans();
}
