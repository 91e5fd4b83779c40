package io.edgewise.agent.hardware;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The node's CPU cores and memory, as the control plane's {@code cpuCores} and {@code memoryMib},
 * and the CPU's model name (for the CPU accelerator of a node without GPUs).
 */
public record HostFacts(int cpuCores, long memoryMib, String cpuModel) {
  private static final Pattern MEM_TOTAL = Pattern.compile("(?m)^MemTotal:\\s+(\\d+)\\s*kB");
  private static final Pattern MODEL_NAME = Pattern.compile("(?m)^model name\\s*:\\s*(.+)$");

  /**
   * Cores from the JVM, memory from {@code /proc/meminfo} (else the OS bean, for machines without
   * /proc).
   */
  public static HostFacts read() {
    long mib = memTotalMib(Path.of("/proc/meminfo"));
    if (mib <= 0
        && ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
      mib = os.getTotalMemorySize() / (1024 * 1024);
    }
    return new HostFacts(
        Runtime.getRuntime().availableProcessors(),
        Math.max(1, mib),
        cpuModel(Path.of("/proc/cpuinfo")));
  }

  /** {@code MemTotal} of a meminfo file in MiB, or 0 when it cannot be read. */
  static long memTotalMib(Path meminfo) {
    try {
      Matcher m = MEM_TOTAL.matcher(Files.readString(meminfo));
      return m.find() ? Long.parseLong(m.group(1)) / 1024 : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /**
   * The first {@code model name} of a cpuinfo file (whitespace collapsed), or {@code "CPU"} when
   * there is none.
   */
  static String cpuModel(Path cpuinfo) {
    try {
      Matcher m = MODEL_NAME.matcher(Files.readString(cpuinfo));
      String name = m.find() ? m.group(1).strip().replaceAll("\\s+", " ") : "";
      return name.isEmpty() ? "CPU" : name;
    } catch (IOException | RuntimeException e) {
      return "CPU";
    }
  }
}
