package io.edgewise.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct SQL against the test database, for checks the API cannot make. */
public final class Sql {

  private Sql() {}

  /** A connection as the application's own role (bound by row-level security). */
  public static Connection asApplication() throws SQLException {
    var config = EmbeddedPostgresResource.database().datasourceConfig();
    return DriverManager.getConnection(
        config.get("quarkus.datasource.jdbc.url"),
        config.get("quarkus.datasource.username"),
        config.get("quarkus.datasource.password"));
  }

  /** A superuser connection: sees everything, for asserting what was (not) written. */
  public static Connection asSuperuser() throws SQLException {
    return DriverManager.getConnection(EmbeddedPostgresResource.database().superuserJdbcUrl());
  }

  /** Runs a single-value query as the superuser. */
  public static long count(String sql, Object... args) {
    try (Connection c = asSuperuser();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs an update as the superuser. */
  public static int update(String sql, Object... args) {
    try (Connection c = asSuperuser();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
