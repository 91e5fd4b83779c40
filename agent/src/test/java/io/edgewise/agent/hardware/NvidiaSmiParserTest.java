package io.edgewise.agent.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parses outputs of {@code nvidia-smi --query-gpu=… --format=csv,noheader,nounits};
 * h100-sxm-recorded.csv and h200-recorded.csv (driver 580.159.04, recorded 2026-11-28) are real
 * ones: the agent's own query run on lent GPU machines.
 */
class NvidiaSmiParserTest {

  @Test
  void readsTwoTeslaT4s() throws IOException {
    assertThat(parse("t4-two-gpus.csv"))
        .containsExactly(
            new GpuReading(0, "Tesla T4", 15360L, 5120L, 62.0, "7.5", null),
            new GpuReading(1, "Tesla T4", 15360L, 0L, 0.0, "7.5", null));
  }

  @Test
  void readsA100WithMigEnabledWhereUtilisationIsNotReported() throws IOException {
    assertThat(parse("a100-80gb-mig.csv"))
        .containsExactly(
            new GpuReading(0, "NVIDIA A100-SXM4-80GB", 81920L, 13L, null, "8.0", "Enabled"),
            new GpuReading(1, "NVIDIA A100-SXM4-80GB", 81920L, 40960L, 97.0, "8.0", "Disabled"));
  }

  @Test
  void readsARecordedH100AndAnH100Pcie() throws IOException {
    assertThat(parse("h100-sxm-recorded.csv"))
        .containsExactly(
            new GpuReading(0, "NVIDIA H100 80GB HBM3", 81559L, 0L, 0.0, "9.0", "Disabled"));
    assertThat(parse("h100-pcie.csv"))
        .containsExactly(
            new GpuReading(0, "NVIDIA H100 PCIe", 81559L, 2048L, 12.0, "9.0", "Disabled"));
  }

  @Test
  void readsARecordedH200() throws IOException {
    assertThat(parse("h200-recorded.csv"))
        .containsExactly(new GpuReading(0, "NVIDIA H200", 143771L, 0L, 0.0, "9.0", "Disabled"));
  }

  @Test
  void readsAGeforceRtx4090() throws IOException {
    assertThat(parse("rtx-4090.csv"))
        .containsExactly(
            new GpuReading(0, "NVIDIA GeForce RTX 4090", 24564L, 1024L, 37.0, "8.9", null));
  }

  @Test
  void readsJetsonLikeNotAvailableAndNotSupportedFieldsAsUnknown() throws IOException {
    assertThat(parse("jetson-orin.csv"))
        .containsExactly(new GpuReading(0, "Orin (nvgpu)", null, null, null, "8.7", null));
  }

  @Test
  void readsNoGpusFromAnEmptyOutput() throws IOException {
    assertThat(parse("no-gpu.csv")).isEmpty();
  }

  @Test
  void skipsGarbageLinesAndKeepsTheGpusAroundThem() throws IOException {
    assertThat(parse("garbage-lines.csv"))
        .containsExactly(new GpuReading(2, "NVIDIA L4", 23034L, 100L, 5.0, "8.9", null));
  }

  @Test
  void keepsANameThatContainsCommas() {
    assertThat(NvidiaSmiParser.parse("0, Acme, Inc. GPU, 1024, 1, 2, 8.0, Disabled"))
        .containsExactly(new GpuReading(0, "Acme, Inc. GPU", 1024L, 1L, 2.0, "8.0", "Disabled"));
  }

  @Test
  void treatsOutOfRangeUtilisationAndZeroMemoryAsUnknown() {
    assertThat(NvidiaSmiParser.parse("0, X, 0, -1, 140, 8.0, Disabled"))
        .containsExactly(new GpuReading(0, "X", null, null, null, "8.0", "Disabled"));
  }

  private static List<GpuReading> parse(String recording) throws IOException {
    try (InputStream in =
        NvidiaSmiParserTest.class.getResourceAsStream("/nvidia-smi/" + recording)) {
      return NvidiaSmiParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
