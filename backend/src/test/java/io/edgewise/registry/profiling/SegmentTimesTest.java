package io.edgewise.registry.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.edgewise.registry.profiling.SegmentTimes.Prefix;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTimesTest {

  @Test
  void segmentsCostTheDifferenceOfConsecutivePrefixesSharedByFlops() {
    // overhead 0.1 ms; prefix 1 = 0.5 (layer 0: 0.4); prefix 3 = 1.1 (layers 1, 2 share 0.6 as 2:1
    // GFLOP); full (4) = 1.3 (layer 3: 0.2)
    List<Double> ms =
        SegmentTimes.perLayer(
            List.of(new Prefix(0, 0.1), new Prefix(1, 0.5), new Prefix(3, 1.1), new Prefix(4, 1.3)),
            List.of(1.0, 2.0, 1.0, 0.5));
    assertThat(ms.get(0)).isCloseTo(0.4, within(1e-12));
    assertThat(ms.get(1)).isCloseTo(0.4, within(1e-12));
    assertThat(ms.get(2)).isCloseTo(0.2, within(1e-12));
    assertThat(ms.get(3)).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void aLongerPrefixMeasuredFasterCountsZeroAndWorklessSegmentsShareEqually() {
    // prefix 2 = 0.9 < prefix 1 = 1.0 (noise): layer 1 costs 0, never a negative time; layers 2 and
    // 3 have no FLOPs and split 0.4 equally
    List<Double> ms =
        SegmentTimes.perLayer(
            List.of(new Prefix(0, 0.2), new Prefix(1, 1.0), new Prefix(2, 0.9), new Prefix(4, 1.3)),
            List.of(1.0, 1.0, 0.0, 0.0));
    assertThat(ms).containsExactly(0.8, 0.0, 0.2, 0.2);
  }

  @Test
  void refusesPrefixesThatDoNotSpanTheModel() {
    assertThatThrownBy(
            () ->
                SegmentTimes.perLayer(
                    List.of(new Prefix(0, 0.1), new Prefix(2, 0.3)), List.of(1.0, 1.0, 1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 0 to 3");
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(SegmentTimes.median(new double[] {5, 1, 3})).isEqualTo(3);
    assertThat(SegmentTimes.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }
}
