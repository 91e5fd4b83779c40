package io.edgewise.agent.serving;

import static io.edgewise.agent.serving.InferenceHttpTest.jsonBody;
import static io.edgewise.agent.serving.InferenceHttpTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.registry.onnx.TestModels;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code X-Edgewise-Timing} over real HTTP: a valid report reaches the serving events, a malformed
 * one is ignored and never fails its request.
 */
class TimingReportHttpTest {

  private static ServingFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = new ServingFixture(ServingSettings.defaults());
    Path cnn = fixture.write("cnn", TestModels.cnn(5));
    fixture.applyAndWait(
        ServingFixture.plan(
            Map.of("d1", ServingFixture.route("d1", "v1", "cnn", null, null, 1)),
            Map.of("cnn", cnn)));
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  @Test
  void aValidReportIsRecordedAndAMalformedOneIgnoredWithoutFailingTheRequest() throws Exception {
    byte[] body = jsonBody(null, DjlReference.random(3, 3 * 32 * 32), 1, 3, 32, 32);
    ok(
        fixture.post(
            "/v1/infer/d1",
            "application/json",
            body,
            "X-Edgewise-Timing",
            "device=1.5, uplink=20, downlink=3.25, total=30"));
    ok(
        fixture.post(
            "/v1/infer/d1",
            "application/json",
            body,
            "X-Edgewise-Timing",
            "device=-1, uplink=NaN, total=1e9, garbage"));
    ok(fixture.post("/v1/infer/d1", "application/json", body));

    assertThat(fixture.events.timed).containsExactly(new DeviceTiming(1.5, 20.0, 3.25, 30.0));
    assertThat(fixture.events.served).hasSize(3);
  }
}
