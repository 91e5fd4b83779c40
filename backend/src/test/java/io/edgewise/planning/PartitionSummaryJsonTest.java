package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Plans stored before the download was charged and the SLO split still read: the JSON column has no
 * {@code downlinkMs} and no budgets, and no migration adds them.
 */
class PartitionSummaryJsonTest {

  private static final String STORED_BEFORE =
      "{\"objective\":\"MIN_LATENCY\",\"method\":\"chain-scan\",\"exact\":true,"
          + "\"profileSource\":\"ARTIFACT\",\"tiers\":[\"EDGE\"],\"exitAfterLayer\":null,"
          + "\"plan\":{\"deviceMs\":0,\"uplinkMs\":101.3,\"edgeMs\":0.2,\"edgeToCloudMs\":0,"
          + "\"cloudMs\":0,\"totalMs\":101.5,\"bytesUplinked\":602112,\"bytesToCloud\":0,"
          + "\"deviceEnergyJoules\":0.24,\"accuracy\":1.0,\"meetsSlo\":true},"
          + "\"deviceOnly\":null,\"edgeOnly\":null,\"cloudOnly\":null}";

  @Test
  void aPlanStoredBeforeTheDownloadAndTheBudgetsReadsAsZeroAndUnknown() throws Exception {
    PartitionSummary old = new ObjectMapper().readValue(STORED_BEFORE, PartitionSummary.class);

    assertThat(old.plan().downlinkMs()).isZero();
    assertThat(old.plan().totalMs()).isEqualTo(101.5);
    assertThat(old.partitionBudgetMs()).isNull();
    assertThat(old.queueingBudgetMs()).isNull();
  }
}
