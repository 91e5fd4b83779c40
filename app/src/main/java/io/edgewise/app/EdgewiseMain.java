package io.edgewise.app;

import io.edgewise.app.bootstrap.DatabaseBootstrap;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the control plane. Without a configured database it first starts the embedded PostgreSQL
 * and points the datasource at it; the datasource is runtime configuration, so system properties
 * set here are seen by Quarkus.
 */
@QuarkusMain
public class EdgewiseMain implements QuarkusApplication {

  public static void main(String... args) {
    DatabaseBootstrap.startEmbeddedUnlessConfigured();
    Quarkus.run(EdgewiseMain.class, DatabaseBootstrap::exitHandler, args);
  }

  @Override
  public int run(String... args) {
    Quarkus.waitForExit();
    return 0;
  }
}
