package io.edgewise.agent.hardware;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Reads the GPUs by running {@code nvidia-smi} when it is on the PATH; any failure reads as no
 * GPUs, with a warning.
 */
public final class NvidiaSmi implements Supplier<List<GpuReading>> {
  static final String QUERY =
      "--query-gpu=index,name,memory.total,memory.used,utilization.gpu,compute_cap,mig.mode.current";
  private static final Logger LOG = Logger.getLogger(NvidiaSmi.class.getName());

  private final Optional<Path> binary;
  private final Duration timeout;
  private String lastWarning;

  public NvidiaSmi(Optional<Path> binary, Duration timeout) {
    this.binary = binary;
    this.timeout = timeout;
  }

  /** {@code nvidia-smi} from the PATH, if there is one. */
  public static NvidiaSmi onPath() {
    String path = System.getenv().getOrDefault("PATH", "");
    Optional<Path> found = Optional.empty();
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "nvidia-smi");
      if (Files.isExecutable(candidate)) {
        found = Optional.of(candidate);
        break;
      }
    }
    return new NvidiaSmi(found, Duration.ofSeconds(10));
  }

  @Override
  public List<GpuReading> get() {
    if (binary.isEmpty()) {
      return List.of();
    }
    try {
      Process p =
          new ProcessBuilder(binary.get().toString(), QUERY, "--format=csv,noheader,nounits")
              .redirectErrorStream(true)
              .start();
      p.getOutputStream().close();
      // wait first, so a hung driver cannot block a read: the output (~100 bytes a GPU) fits in the
      // pipe's buffer
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return failed("nvidia-smi did not answer within " + timeout.toMillis() + " ms");
      }
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        return failed("nvidia-smi exited with " + p.exitValue() + ": " + output.strip());
      }
      lastWarning = null;
      return NvidiaSmiParser.parse(output);
    } catch (IOException e) {
      return failed("nvidia-smi could not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  private List<GpuReading> failed(String warning) {
    if (!warning.equals(lastWarning)) { // warn once per distinct failure, not every heartbeat
      LOG.warning(warning + "; reporting no GPUs");
      lastWarning = warning;
    }
    return List.of();
  }
}
