package io.edgewise.agentruntime;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.agentruntime.SplitLayout.Candidate;
import io.edgewise.agentruntime.SplitLayout.NotExecutable;
import io.edgewise.agentruntime.SplitLayout.Whole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitLayoutTest {

  private static final List<String> CNN =
      List.of("conv1", "relu1", "pool1", "conv2", "relu2", "gap", "flatten", "fc");

  @Test
  void aDevicePrefixIsCutByItsLayerCount() {
    var decision =
        SplitLayout.decide(
            List.of("DEVICE", "DEVICE", "DEVICE", "EDGE", "EDGE", "EDGE", "EDGE", "EDGE"),
            null,
            "MEASURED",
            CNN);
    assertThat(decision).isEqualTo(new Candidate(List.of(0, 1, 2), "3"));
  }

  @Test
  void cloudLayersRunInTheEdgeAgentsTail() {
    var decision =
        SplitLayout.decide(
            List.of("DEVICE", "EDGE", "CLOUD", "CLOUD", "CLOUD", "CLOUD", "CLOUD", "CLOUD"),
            null,
            "ESTIMATED",
            CNN);
    assertThat(decision).isEqualTo(new Candidate(List.of(0), "1"));
  }

  @Test
  void aDeviceSetThatIsNoPrefixIsCutByADigestOfItsSortedNames() throws Exception {
    List<String> dag = List.of("stem", "left", "right", "join");
    var decision =
        SplitLayout.decide(List.of("DEVICE", "EDGE", "DEVICE", "EDGE"), null, "MEASURED", dag);
    // sha256("right\nstem"), first 12 hex digits
    String expected =
        "s"
            + HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest("right\nstem".getBytes(StandardCharsets.UTF_8)))
                .substring(0, 12);
    assertThat(decision).isEqualTo(new Candidate(List.of(0, 2), expected));
    assertThat(((Candidate) decision).cut()).hasSize(13).startsWith("s");
  }

  @Test
  void referenceLayersAreNotExecutable() {
    var decision =
        SplitLayout.decide(
            List.of("DEVICE", "EDGE", "EDGE"), null, "REFERENCE", List.of("conv", "pool", "fc"));
    assertThat(decision).isInstanceOf(NotExecutable.class);
    assertThat(((NotExecutable) decision).note())
        .contains("REFERENCE")
        .contains("full model is served");
  }

  @Test
  void earlyExitsAreNotExecutedByAgents() {
    var decision =
        SplitLayout.decide(
            List.of("DEVICE", "EDGE", "SKIPPED"), 1, "MEASURED", List.of("a", "b", "c"));
    assertThat(((NotExecutable) decision).note()).contains("early exit");
  }

  @Test
  void noDeviceLayersOrOnlyDeviceLayersServeTheWholeModelWithoutANote() {
    assertThat(SplitLayout.decide(List.of("EDGE", "EDGE"), null, "MEASURED", List.of("a", "b")))
        .isEqualTo(new Whole());
    assertThat(SplitLayout.decide(List.of("EDGE"), null, "ARTIFACT", null)).isEqualTo(new Whole());
  }

  @Test
  void aProfileThatChangedSinceThePlanOrVanishedIsNotExecutable() {
    assertThat(
            SplitLayout.decide(List.of("DEVICE", "EDGE"), null, "MEASURED", List.of("a", "b", "c")))
        .isInstanceOf(NotExecutable.class);
    assertThat(SplitLayout.decide(List.of("DEVICE", "EDGE"), null, null, null))
        .isInstanceOf(NotExecutable.class);
  }

  @Test
  void layersMustBeTheGraphsComputeNodesInOrder() {
    assertThat(SplitLayout.mismatch(CNN, CNN)).isNull();
    assertThat(SplitLayout.mismatch(List.of("conv", "pool", "fc"), CNN))
        .contains("3 layers")
        .contains("8 compute nodes");
    assertThat(SplitLayout.mismatch(List.of("a", "c", "b"), List.of("a", "b", "c")))
        .contains("layer 1 is 'c'");
  }
}
