package io.edgewise.agent.hardware;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The node's CPU cores and memory, as the control plane's {@code cpuCores} and {@code memoryMib}. */
public record HostFacts(int cpuCores, long memoryMib) {
  private static final Pattern MEM_TOTAL = Pattern.compile("(?m)^MemTotal:\\s+(\\d+)\\s*kB");

  /** Cores from the JVM, memory from {@code /proc/meminfo} (else the OS bean, for machines without /proc). */
  public static HostFacts read() {
    long mib = memTotalMib(Path.of("/proc/meminfo"));
    if (mib <= 0 && ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      mib = os.getTotalMemorySize() / (1024 * 1024);
    }
    return new HostFacts(Runtime.getRuntime().availableProcessors(), Math.max(1, mib));
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
}
