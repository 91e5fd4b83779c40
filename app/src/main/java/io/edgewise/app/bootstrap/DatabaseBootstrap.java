package io.edgewise.app.bootstrap;

import io.edgewise.base.db.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Decides between the configured PostgreSQL server and the embedded one, and starts the latter. */
public final class DatabaseBootstrap {

  private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);

  private DatabaseBootstrap() {}

  /** Starts the embedded database when no JDBC URL is configured; its server stops with the JVM. */
  public static Optional<EmbeddedDatabase> startEmbeddedUnlessConfigured() {
    if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").isPresent()) {
      LOG.info("Using the configured PostgreSQL server (QUARKUS_DATASOURCE_JDBC_URL); no embedded database started");
      return Optional.empty();
    }
    Path dataDir = dataDirectory();
    try {
      EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
      database.datasourceConfig().forEach(System::setProperty);
      return Optional.of(database);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
    }
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
