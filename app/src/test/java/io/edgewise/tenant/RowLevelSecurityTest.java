package io.edgewise.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgewise.testing.Sql;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PostgreSQL itself keeps tenants apart, even for a query that forgot its tenant filter. */
@QuarkusTest
class RowLevelSecurityTest {

  private static final List<String> TENANT_TABLES =
      List.of(
          "users",
          "api_tokens",
          "sites",
          "nodes",
          "gpus",
          "node_status_transitions",
          "fleets",
          "devices",
          "models",
          "model_versions",
          "deployments",
          "deployment_sites",
          "audit_log",
          "model_profiles",
          "plans",
          "plan_entries",
          "plan_gpus",
          "planning_requests");

  @Test
  void theApplicationRoleIsBoundByRowLevelSecurity() throws SQLException {
    try (Connection c = Sql.asApplication();
        PreparedStatement ps =
            c.prepareStatement(
                "select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
      ResultSet rs = ps.executeQuery();
      rs.next();
      assertThat(rs.getBoolean(1)).as("superuser").isFalse();
      assertThat(rs.getBoolean(2)).as("bypassrls").isFalse();
    }
    for (String table : TENANT_TABLES) {
      assertThat(
              Sql.count(
                  "select count(*) from pg_class where relname = ? and relrowsecurity and"
                      + " relforcerowsecurity",
                  table))
          .as(table)
          .isEqualTo(1);
    }
    assertThat(
            Sql.count(
                "select count(*) from information_schema.columns col join pg_class c on c.relname ="
                    + " col.table_name where col.table_schema = 'public' and col.column_name ="
                    + " 'tenant_id' and c.relkind = 'r' and not (c.relrowsecurity and"
                    + " c.relforcerowsecurity)"))
        .as("every table with a tenant_id column forces row-level security")
        .isZero();
  }

  @Test
  void unfilteredQueryUnderTenantBSeesNoTenantARows() throws SQLException {
    TestTenant a = TestTenant.create("rlsa");
    TestTenant b = TestTenant.create("rlsb");
    a.admin()
        .body(Map.of("name", "a-site", "paradigm", "FOG", "uplinkMbps", 10, "rttMs", 5))
        .post("/api/v1/sites")
        .then()
        .statusCode(201);
    a.token("VIEWER");

    try (Connection c = Sql.asApplication()) {
      bind(c, b.id());
      for (String table : TENANT_TABLES) {
        assertThat(
                count(c, "select count(*) from " + table + " where tenant_id = '" + a.id() + "'"))
            .as(table)
            .isZero();
      }
      assertThat(count(c, "select count(*) from users")).as("b sees its own users").isEqualTo(3);
      assertThat(count(c, "select count(*) from tenants"))
          .as("b sees only its tenant row")
          .isEqualTo(1);

      bind(c, a.id());
      assertThat(count(c, "select count(*) from sites")).isEqualTo(1);
      assertThat(count(c, "select count(*) from users")).isEqualTo(3);
    }
  }

  @Test
  void withoutATenantNothingIsVisible() throws SQLException {
    TestTenant.create("rlsnone");
    try (Connection c = Sql.asApplication()) {
      assertThat(count(c, "select count(*) from users")).isZero();
      assertThat(count(c, "select count(*) from tenants")).isZero();
    }
  }

  @Test
  void tenantBCannotWriteRowsIntoTenantA() throws SQLException {
    TestTenant a = TestTenant.create("rlswa");
    TestTenant b = TestTenant.create("rlswb");
    try (Connection c = Sql.asApplication()) {
      bind(c, b.id());
      PreparedStatement insert =
          c.prepareStatement(
              "insert into sites (id, tenant_id, name, paradigm, uplink_mbps, rtt_ms, created_at,"
                  + " updated_at) values (?, ?, 'evil', 'FOG', 1, 1, now(), now())");
      insert.setObject(1, UUID.randomUUID());
      insert.setObject(2, a.id());
      assertThatThrownBy(insert::executeUpdate).hasMessageContaining("row-level security");
      assertThat(
              c.createStatement()
                  .executeUpdate(
                      "update users set role = 'VIEWER' where tenant_id = '" + a.id() + "'"))
          .isZero();
      assertThat(
              c.createStatement()
                  .executeUpdate("delete from users where tenant_id = '" + a.id() + "'"))
          .isZero();
    }
    assertThat(
            Sql.count("select count(*) from users where tenant_id = ? and role = 'ADMIN'", a.id()))
        .isEqualTo(1);
  }

  private static void bind(Connection c, UUID tenant) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant', ?, false)")) {
      ps.setString(1, tenant.toString());
      ps.execute();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
