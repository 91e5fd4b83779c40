package io.edgewise.testing;

import io.edgewise.app.bootstrap.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** Starts a real PostgreSQL (the same embedded server the app uses) for the Quarkus tests. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

  public static final String PLATFORM_ADMIN = "admin@edgewise.local";
  public static final String PLATFORM_PASSWORD = "platform-secret-42";
  private static EmbeddedDatabase database;
  private static Path directory;

  @Override
  public Map<String, String> start() {
    try {
      Path dir = Files.createTempDirectory("edgewise-test-");
      directory = dir;
      database = EmbeddedDatabase.start(dir);
      Map<String, String> config = new HashMap<>(database.datasourceConfig());
      config.put("edgewise.data-dir", dir.toString());
      config.put("edgewise.demo.enabled", "false");
      config.put("edgewise.platform-admin.password", PLATFORM_PASSWORD);
      // tests run profiling jobs explicitly (ProfilingRunner.runDue), so they see each job QUEUED
      // first
      config.put("edgewise.profiling.run-every", "off");
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The running server, for tests that inspect the database directly. */
  public static EmbeddedDatabase database() {
    return database;
  }

  @Override
  public void stop() {
    try {
      if (database != null) {
        database.close();
      }
      if (directory != null) {
        try (var files = Files.walk(directory)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
