package io.edgewise.agent.hardware;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * Parses the output of {@link NvidiaSmi#QUERY}: one CSV line per GPU, {@code index, name,
 * memory.total [MiB], memory.used [MiB], utilization.gpu [%], compute_cap, mig.mode.current}. A
 * line it cannot read (too few fields, no index, no name) is skipped with a warning rather than
 * failing the rest.
 */
public final class NvidiaSmiParser {
  private static final Logger LOG = Logger.getLogger(NvidiaSmiParser.class.getName());
  private static final int FIELDS = 7;

  private NvidiaSmiParser() {}

  public static List<GpuReading> parse(String output) {
    List<GpuReading> gpus = new ArrayList<>();
    for (String line : output.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      GpuReading gpu = parseLine(line);
      if (gpu == null) {
        LOG.warning("ignoring an nvidia-smi line that is not a GPU: " + line.strip());
      } else {
        gpus.add(gpu);
      }
    }
    return gpus;
  }

  private static GpuReading parseLine(String line) {
    String[] raw = line.split(",", -1);
    if (raw.length < FIELDS) {
      return null;
    }
    // a name containing commas spreads over several fields: the first and the last five are fixed
    int tail = raw.length - 5;
    String name = String.join(",", Arrays.copyOfRange(raw, 1, tail)).strip();
    Long index = whole(raw[0]);
    if (index == null || index < 0 || index > Integer.MAX_VALUE || text(name) == null) {
      return null;
    }
    return new GpuReading(
        index.intValue(),
        name,
        positive(whole(raw[tail])),
        whole(raw[tail + 1]),
        percent(decimal(raw[tail + 2])),
        text(raw[tail + 3]),
        text(raw[tail + 4]));
  }

  private static String text(String field) {
    String s = field.strip();
    return s.isEmpty() || s.startsWith("[") ? null : s;
  }

  private static Double decimal(String field) {
    String s = text(field);
    try {
      return s == null ? null : Double.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long whole(String field) {
    Double d = decimal(field);
    return d == null || d < 0 || d.isInfinite() ? null : Math.round(d);
  }

  private static Long positive(Long value) {
    return value == null || value <= 0 ? null : value;
  }

  private static Double percent(Double value) {
    return value == null || value < 0 || value > 100 ? null : value;
  }
}
