package io.edgewise.agent.store;

import static io.edgewise.agent.link.RunningLink.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.agent.link.Backoff;
import io.edgewise.agent.link.ControlPlaneClient;
import io.edgewise.agent.link.FakeControlPlane;
import io.edgewise.agent.link.RunningLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {
  @TempDir Path dataDir;
  private final Random random = new Random(42);
  private final AtomicInteger stored = new AtomicInteger();
  private FakeControlPlane plane;
  private RunningLink link;
  private final List<ModelStore> stores = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    plane = new FakeControlPlane();
    link = new RunningLink(plane, dataDir, Duration.ofSeconds(5)).start();
  }

  @AfterEach
  void stop() throws Exception {
    stores.forEach(ModelStore::close);
    link.close();
    plane.close();
  }

  @Test
  void downloadsVerifiesAndKeepsAnArtifactUnderItsSha() throws Exception {
    byte[] bytes = bytes(5000);
    String sha = plane.nodeApi.artifact(bytes);
    ModelStore store = open(1 << 20);
    store.want(Map.of(sha, 5000L));
    await(() -> store.files().containsKey(sha), "stored");
    assertThat(Files.readAllBytes(store.files().get(sha))).isEqualTo(bytes);
    assertThat(store.files().get(sha)).isEqualTo(dataDir.resolve("models").resolve(sha + ".onnx"));
    assertThat(store.entries().get(sha).state()).isEqualTo(StoreIndex.State.STORED);
    await(() -> stored.get() == 1, "onStored ran");
  }

  @Test
  void discardsAMismatchAndRetriesUntilTheRightBytesArrive() throws Exception {
    String sha = plane.nodeApi.artifact(bytes(3000));
    plane.nodeApi.corrupt(sha, true);
    ModelStore store = open(1 << 20);
    store.want(Map.of(sha, 3000L));
    await(() -> plane.nodeApi.requestsFor(sha) >= 2, "retried after a mismatch");
    assertThat(store.files()).doesNotContainKey(sha);
    assertThat(dataDir.resolve("models").resolve(sha + ".onnx")).doesNotExist();
    plane.nodeApi.corrupt(sha, false);
    await(() -> store.files().containsKey(sha), "stored once the bytes match");
    assertThat(Sha256.of(store.files().get(sha))).isEqualTo(sha);
    try (var files = Files.list(dataDir.resolve("models"))) {
      assertThat(files.toList())
          .containsExactly(store.files().get(sha)); // no temp file left behind
    }
  }

  @Test
  void reportsAFailedDownloadWithItsReason() throws Exception {
    String unknown = "ab".repeat(32);
    ModelStore store = open(1 << 20);
    store.want(Map.of(unknown, 10L));
    await(
        () ->
            store.entries().containsKey(unknown)
                && store.entries().get(unknown).state() == StoreIndex.State.FAILED,
        "failed");
    assertThat(store.entries().get(unknown).error()).contains("404");
  }

  @Test
  void evictsTheLeastRecentlyUsedUnplannedFilesAndNeverAPlannedOne() throws Exception {
    ModelStore store = open(3000);
    List<String> shas = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      shas.add(plane.nodeApi.artifact(bytes(1000)));
    }
    String a = shas.get(0);
    String b = shas.get(1);
    String c = shas.get(2);
    String d = shas.get(3);
    for (String sha : List.of(a, b, c)) {
      store.want(Map.of(sha, 1000L));
      await(() -> store.files().containsKey(sha), "stored " + sha);
      Thread.sleep(5);
    }
    store.want(Map.of(d, 1000L)); // room for d: a is the least recently used
    await(() -> store.files().containsKey(d), "stored d");
    assertThat(store.files().keySet()).containsExactlyInAnyOrder(b, c, d);
    Thread.sleep(5);
    store.want(plan(b, shas.get(4), shas.get(5))); // b is the oldest but planned: c and d go
    await(
        () -> store.files().keySet().containsAll(List.of(shas.get(4), shas.get(5))),
        "stored e and f");
    assertThat(store.files().keySet()).containsExactlyInAnyOrder(b, shas.get(4), shas.get(5));
    store.want(plan(a, b, shas.get(4), shas.get(5))); // more than the bound: all planned files kept
    await(() -> store.files().containsKey(a), "stored a again");
    assertThat(store.files().keySet()).containsExactlyInAnyOrder(a, b, shas.get(4), shas.get(5));
  }

  @Test
  void coalescesConcurrentRequestsForOneArtifact() throws Exception {
    String sha = plane.nodeApi.artifact(bytes(2000));
    plane.nodeApi.artifactDelayMs = 300;
    ModelStore store = open(1 << 20);
    List<CompletableFuture<Path>> futures = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      futures.add(CompletableFuture.supplyAsync(() -> store.fetch(sha)).thenCompose(f -> f));
    }
    store.want(Map.of(sha, 2000L));
    for (CompletableFuture<Path> f : futures) {
      assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(store.files().get(sha));
    }
    assertThat(plane.nodeApi.requestsFor(sha)).isEqualTo(1);
  }

  @Test
  void aRestartKeepsVerifiedFilesAndDeletesTamperedOnes() throws Exception {
    String good = plane.nodeApi.artifact(bytes(1500));
    String tampered = plane.nodeApi.artifact(bytes(1500));
    ModelStore first = open(1 << 20);
    first.want(plan(good, tampered));
    await(() -> first.files().size() == 2, "both stored");
    first.close();
    Files.write(first.files().get(tampered), bytes(1500));
    Path stray = Files.write(dataDir.resolve("models").resolve(good + ".onnx.7.part"), bytes(10));

    ModelStore second = open(1 << 20);
    assertThat(second.files().keySet()).containsExactly(good);
    assertThat(stray).doesNotExist();
    second.want(plan(good, tampered));
    await(() -> second.files().size() == 2, "the tampered one fetched again");
    assertThat(plane.nodeApi.requestsFor(good)).isEqualTo(1);
    assertThat(plane.nodeApi.requestsFor(tampered)).isEqualTo(2);
  }

  private ModelStore open(long max) throws Exception {
    ModelStore store =
        new ModelStore(
            dataDir,
            max,
            new ControlPlaneClient(plane.url()),
            link.link,
            new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), new Random(1)),
            stored::incrementAndGet);
    store.open();
    stores.add(store);
    return store;
  }

  private static Map<String, Long> plan(String... shas) {
    Map<String, Long> plan = new LinkedHashMap<>();
    for (String sha : shas) {
      plan.put(sha, 1000L);
    }
    return plan;
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
