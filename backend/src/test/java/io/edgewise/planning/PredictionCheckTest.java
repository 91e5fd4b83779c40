package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.edgewise.metrics.MeasuredWindow;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PredictionCheckTest {

  private static final Instant FROM = Instant.parse("2026-12-08T03:00:00Z");
  private static final Instant TO = Instant.parse("2026-12-08T03:15:00Z");
  private static final PredictionCheck CHECK = new PredictionCheck(0.25, 200);

  /** device 10, uplink 20, edge 4, downlink 2 ms; p95 predicted 50 ms. */
  private static final LatencyFigures PREDICTED =
      new LatencyFigures(10, 20, 4, 0, 0, 2, 36, 0, 0, 0, 1, true);

  @Test
  void flagsOnlyWhatExceedsItsPredictionBeyondTheThresholdOverEnoughSamples() {
    // edge 8 = +100% over 600 requests: drift; device 12 = +20%: within; uplink 30 = +50% but only
    // 100 timed requests: too few; downlink 1 = faster: never drift
    PredictionComparison c =
        CHECK.compare(50.0, PREDICTED, window(600, 40.0, 8.0, 100, 12.0, 30.0, 1.0, null), null);
    assertThat(c.segment("EDGE").drift()).isTrue();
    assertThat(c.segment("EDGE").relativeError()).isCloseTo(1.0, within(1e-12));
    assertThat(c.segment("DEVICE").drift()).isFalse();
    assertThat(c.segment("UPLINK").relativeError()).isCloseTo(0.5, within(1e-12));
    assertThat(c.segment("UPLINK").drift()).as("100 < 200 timed requests").isFalse();
    assertThat(c.segment("DOWNLINK").drift()).isFalse();
    assertThat(c.observedP95Source()).as("no device reported totals").isEqualTo("AGENT");
    assertThat(c.p95Drift()).isFalse();
    assertThat(c.drift()).isTrue();
  }

  @Test
  void notMeasuredIsNullAndNeverDrift() {
    PredictionComparison c =
        CHECK.compare(50.0, PREDICTED, window(0, null, null, 0, null, null, null, null), null);
    assertThat(c.segments()).allSatisfy(s -> assertThat(s.measuredMs()).isNull());
    assertThat(c.segments()).allSatisfy(s -> assertThat(s.relativeError()).isNull());
    assertThat(c.observedP95Ms()).isNull();
    assertThat(c.observedP95Source()).isNull();
    assertThat(c.drift()).isFalse();
  }

  @Test
  void devicesEndToEndP95IsPreferredOverTheAgents() {
    PredictionComparison c =
        CHECK.compare(50.0, PREDICTED, window(600, 10.0, 4.0, 300, null, null, null, 70.0), null);
    assertThat(c.observedP95Source()).isEqualTo("DEVICES");
    assertThat(c.p95RelativeError()).isCloseTo(0.4, within(1e-12));
    assertThat(c.p95Drift()).isTrue();
  }

  @Test
  void agreesWithTheRuleOnSeededRandomWindows() {
    Random random = new Random(13);
    for (int i = 0; i < 2_000; i++) {
      long requests = random.nextInt(500);
      double edge = random.nextDouble() * 10;
      PredictionComparison c =
          CHECK.compare(
              50.0, PREDICTED, window(requests, null, edge, 0, null, null, null, null), null);
      boolean expected = edge > 4 * 1.25 && requests >= 200;
      assertThat(c.segment("EDGE").drift())
          .as("edge %s over %s", edge, requests)
          .isEqualTo(expected);
      assertThat(c.drift()).isEqualTo(expected);
    }
  }

  @Test
  void aReplanScalesCompoundAndKeepUnmeasuredSegments() {
    PredictionComparison c =
        CHECK.compare(50.0, PREDICTED, window(600, 40.0, 8.0, 100, 12.0, 30.0, 1.0, null), null);
    MeasuredScale next = DriftScales.next(null, new MeasuredScale(null, 1.5, 2.0), c, 200);
    // edge 1.5 x 8/4; the device had only 100 timed requests: its scale stays
    assertThat(next.edge()).isCloseTo(3.0, within(1e-12));
    assertThat(next.device()).isEqualTo(2.0);
  }

  private static MeasuredWindow window(
      long requests,
      Double agentP95,
      Double edgeMean,
      long timed,
      Double device,
      Double uplink,
      Double downlink,
      Double endToEndP95) {
    return new MeasuredWindow(
        FROM,
        TO,
        requests,
        agentP95,
        edgeMean,
        edgeMean == null ? null : edgeMean * 1.5,
        timed,
        device,
        uplink,
        downlink,
        endToEndP95);
  }
}
