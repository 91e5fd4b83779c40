package io.edgewise.alpha;

// Fixture for SourceImportCyclesTest, read as text and never compiled.
public final class Roles {
  public static final String ADMIN = "ADMIN";
}
