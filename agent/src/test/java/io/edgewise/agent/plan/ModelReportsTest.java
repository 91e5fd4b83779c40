package io.edgewise.agent.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.agent.link.AgentProtocol.ModelReport;
import io.edgewise.agent.metrics.AgentServingEvents.Load;
import io.edgewise.agent.serving.ModelServer.HeldModel;
import io.edgewise.agent.store.StoreIndex.Entry;
import io.edgewise.agent.store.StoreIndex.State;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelReportsTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);
  private static final String C = "c".repeat(64);
  private static final String D = "d".repeat(64);
  private static final String E = "e".repeat(64);

  @Test
  void servingStateWinsOverTheStoresAndUnknownVersionsAreLeftOut() {
    Map<String, Entry> stored =
        Map.of(
            A, new Entry(A, State.STORED, 1000, 1, null),
            B, new Entry(B, State.DOWNLOADING, 500, 1, null),
            C, new Entry(C, State.FAILED, 0, 1, "artifact answered 404"),
            D, new Entry(D, State.STORED, 700, 1, null),
            E, new Entry(E, State.STORED, 900, 1, null));
    Map<String, String> versions = Map.of(A, "v1", B, "v2", C, "v3", D, "v4");
    List<HeldModel> held = List.of(new HeldModel(A, "v1", "LOADED", 41.3, null));
    Map<String, Load> loads = Map.of(D, new Load("v4", D, 12.0, "unsupported operator"));

    assertThat(ModelReports.of(held, stored, versions, loads))
        .containsExactly(
            new ModelReport("v1", A, "LOADED", 41.3, null),
            new ModelReport("v2", B, "LOADING", null, null),
            new ModelReport("v3", C, "FAILED", null, "artifact answered 404"),
            new ModelReport("v4", D, "FAILED", 12.0, "unsupported operator"));
    assertThat(ModelReports.heldBytes(held, stored)).isEqualTo(1000);
    assertThat(ModelReports.of(List.of(), Map.of(E, stored.get(E)), Map.of(E, "v5"), Map.of()))
        .containsExactly(new ModelReport("v5", E, "STORED", null, null));
  }
}
