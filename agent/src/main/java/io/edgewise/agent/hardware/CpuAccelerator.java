package io.edgewise.agent.hardware;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * A node without GPUs offers its CPU as one accelerator (docs/api/agent-runtime.md, "CPU-only
 * nodes"): index 0, vendor {@code CPU}, half of the node's memory, 32 GFLOPS fp32 per core (AVX2
 * FMA). Also the hardware key under which this node's measured layer times are reported.
 */
public final class CpuAccelerator {
  /** The vendor a CPU accelerator is registered with. */
  public static final String VENDOR = "CPU";

  /** Peak fp32 TFLOPS of one core (2 × 8-wide FMA at ~2 GHz). */
  public static final double TFLOPS_PER_CORE = 0.032;

  private CpuAccelerator() {}

  /** cores × {@link #TFLOPS_PER_CORE}, rounded to a GFLOP. */
  public static double peakTflops(int cores) {
    return Math.round(cores * TFLOPS_PER_CORE * 1000) / 1000.0;
  }

  /**
   * Half the node's memory (at least 1 MiB): the rest is the operating system's and the agent's
   * own.
   */
  public static long memoryMib(HostFacts host) {
    return Math.max(1, host.memoryMib() / 2);
  }

  /**
   * {@code cpu-<cores>c} without GPUs, else GPU 0's model name (the key of
   * docs/api/agent-runtime.md's agent-measured profiles).
   */
  public static String hardwareKey(HostFacts host, List<GpuReading> gpus) {
    return gpus.isEmpty() ? "cpu-" + host.cpuCores() + "c" : gpus.get(0).model();
  }

  /**
   * The CPU's load since the previous call in percent (one decimal; {@code
   * OperatingSystemMXBean#getCpuLoad}, the whole machine's, since other processes compete for the
   * same cores), or null when the JVM cannot tell.
   */
  public static Double loadPct() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
      double load = os.getCpuLoad();
      return load < 0 || Double.isNaN(load) ? null : Math.round(Math.min(1.0, load) * 1000) / 10.0;
    }
    return null;
  }

  /** JVM heap in use plus {@code modelBytes} (the files of the models held), in MiB. */
  public static long memoryUsedMib(long modelBytes) {
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory() + Math.max(0, modelBytes)) / (1024 * 1024);
  }
}
