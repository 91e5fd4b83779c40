package io.edgewise.agent.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The fidelity harness end to end on a small scale (one model, two links, every cut, a few
 * requests): it serves and measures every cut, prices each with the planner and computes the
 * figures. No timing is asserted; {@link FidelityBenchmark} reports the real figures.
 */
class FidelityHarnessTest {

  private static final Logger LOG = Logger.getLogger(FidelityHarnessTest.class.getName());

  @Test
  void measuresAndPricesEveryCutOfAModelOverTwoLinks() throws Exception {
    FidelityModel model = FidelityModel.edgeHeavy();
    List<ConfigResult> results =
        new FidelityHarness(1, link -> 5).run(model, List.of(LinkPreset.WIFI, LinkPreset.FIVE_G));
    LOG.info("\n" + FidelityTables.cuts(results) + FidelityFigures.of(results).summary());

    int layers = model.proto().getGraph().getNodeCount();
    assertThat(results)
        .extracting(ConfigResult::link)
        .containsExactly(LinkPreset.WIFI, LinkPreset.FIVE_G);
    for (ConfigResult r : results) {
      // edge only, a split after every node but the last, device only
      assertThat(r.cuts())
          .extracting(CutResult::position)
          .hasSize(layers + 1)
          .startsWith(0)
          .endsWith(layers);
      assertThat(r.cuts()).allSatisfy(c -> assertThat(c.measuredP50Ms()).isPositive());
      assertThat(r.cuts()).allSatisfy(c -> assertThat(c.error()).isFinite());
      assertThat(r.chosenPosition()).isBetween(0, layers);
      // device only crosses no link; every other cut pays at least the round trip
      assertThat(r.cuts().get(layers).predicted().uplinkMs()).isZero();
      assertThat(r.cuts().get(0).predicted().uplinkMs()).isGreaterThanOrEqualTo(r.link().rttMs());
    }
    FidelityFigures figures = FidelityFigures.of(results);
    assertThat(figures.measurements()).isEqualTo(2 * (layers + 1));
    assertThat(figures.medianAbsError()).isFinite();
    assertThat(figures.p90AbsError()).isGreaterThanOrEqualTo(figures.medianAbsError());
  }
}
