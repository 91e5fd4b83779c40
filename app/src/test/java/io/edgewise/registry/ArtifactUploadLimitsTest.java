package io.edgewise.registry;

import static io.edgewise.registry.RegistryFixtures.artifactRoot;
import static io.edgewise.registry.RegistryFixtures.createModel;
import static io.edgewise.registry.RegistryFixtures.incomingFiles;
import static io.edgewise.registry.RegistryFixtures.storedFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.edgewise.registry.RawUpload.Answer;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The upload size limit at its default (512 MiB), and proof that uploads are streamed: the server
 * writes the body to disk while the client is still holding most of it back.
 */
@QuarkusTest
class ArtifactUploadLimitsTest {

  static final long LIMIT = 536_870_912L;
  static final int MIB = 1 << 20;

  @Test
  void declaredLengthAboveTheLimitIsRefusedBeforeTheBodyIsSent() throws IOException {
    TestTenant t = TestTenant.create("declared");
    String modelId = createModel(t, "mlp");

    try (RawUpload upload =
        RawUpload.post(
            RestAssured.port,
            "/api/v1/models/" + modelId + "/versions?label=huge",
            t.operatorEmail(),
            TestTenant.PASSWORD,
            Map.of("Content-Length", String.valueOf(LIMIT + 1)))) {
      upload.send(new byte[64 * 1024]);
      Answer answer = upload.answer(Duration.ofSeconds(30));

      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
      assertThat(answer.body()).contains("larger than the limit of " + LIMIT + " bytes");
    }
    assertNothingStored(t, modelId);
  }

  @Test
  void chunkedUploadIsStreamedToDiskAndCutOffPastTheLimit() throws IOException {
    TestTenant t = TestTenant.create("chunked");
    String modelId = createModel(t, "mlp");
    AtomicLong writtenWhileHeldBack = new AtomicLong(-1);

    try (RawUpload upload =
        RawUpload.post(
            RestAssured.port,
            "/api/v1/models/" + modelId + "/versions?label=endless",
            t.operatorEmail(),
            TestTenant.PASSWORD,
            Map.of("Transfer-Encoding", "chunked"))) {
      CompletableFuture<Void> sender =
          CompletableFuture.runAsync(() -> sendPastTheLimit(upload, writtenWhileHeldBack));
      Answer answer = upload.answer(Duration.ofSeconds(300));

      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.body()).contains("larger than the limit of " + LIMIT + " bytes");
      sender.cancel(true);
    }
    assertThat(writtenWhileHeldBack.get())
        .as(
            "bytes the server had written to its temporary file after the client sent 32 MiB and"
                + " paused; a server that buffers the body first writes none")
        .isGreaterThanOrEqualTo(8L * MIB);
    assertNothingStored(t, modelId);
  }

  @Test
  void connectionDroppedMidUploadLeavesNothingBehind() throws IOException {
    TestTenant t = TestTenant.create("dropped");
    String modelId = createModel(t, "mlp");

    try (RawUpload upload =
        RawUpload.post(
            RestAssured.port,
            "/api/v1/models/" + modelId + "/versions?label=dropped",
            t.operatorEmail(),
            TestTenant.PASSWORD,
            Map.of("Content-Length", String.valueOf(64L * MIB)))) {
      upload.send(new byte[4 * MIB]);
      assertThat(awaitPartialFile(MIB, Duration.ofSeconds(60)))
          .as("the upload reached the disk before the client went away")
          .isGreaterThanOrEqualTo(MIB);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!incomingFiles().isEmpty() && System.nanoTime() < deadline) {
      sleep(50);
    }
    assertNothingStored(t, modelId);
  }

  /** Sends 32 MiB, waits for the server to write part of it, then sends until past the limit. */
  private static void sendPastTheLimit(RawUpload upload, AtomicLong writtenWhileHeldBack) {
    byte[] chunk = new byte[MIB];
    new Random(3).nextBytes(chunk);
    try {
      for (long sent = 0; sent <= LIMIT + 4L * MIB; sent += chunk.length) {
        if (sent == 32L * MIB) {
          writtenWhileHeldBack.set(awaitPartialFile(8L * MIB, Duration.ofSeconds(60)));
        }
        upload.sendChunk(chunk);
      }
      upload.endChunks();
    } catch (IOException e) {
      // the server answered 413 and stopped reading; the test reads that answer
    }
  }

  /**
   * The size of the upload's temporary file once it reaches {@code bytes}, or its last size at the
   * deadline.
   */
  private static long awaitPartialFile(long bytes, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    long size = 0;
    while (size < bytes && System.nanoTime() < deadline) {
      size = partialFileSize().orElse(0L);
      sleep(50);
    }
    return size;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }

  private static Optional<Long> partialFileSize() {
    Path incoming = artifactRoot().resolve(".incoming");
    if (!Files.isDirectory(incoming)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(incoming)) {
      return files.map(f -> f.toFile().length()).max(Long::compare);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertNothingStored(TestTenant t, String modelId) {
    t.viewer()
        .get("/api/v1/models/" + modelId + "/versions")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    assertThat(incomingFiles()).isEmpty();
    assertThat(storedFiles(t)).isEmpty();
  }
}
