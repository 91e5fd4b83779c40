package io.edgewise.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL for every Quarkus test in this module. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestDatabase {
  private TestDatabase() {}
}
