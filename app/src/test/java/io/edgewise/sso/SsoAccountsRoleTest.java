package io.edgewise.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.base.access.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How provider roles and claims map to Edgewise roles: the highest configured role wins; none gives
 * none.
 */
@QuarkusTest
class SsoAccountsRoleTest {

  @Inject SsoAccounts accounts;

  @Test
  void highestConfiguredRoleWins() {
    assertThat(accounts.role(List.of("edgewise-viewer", "edgewise-admin", "offline_access")))
        .contains(Role.ADMIN);
    assertThat(accounts.role(List.of("edgewise-viewer", "edgewise-operator")))
        .contains(Role.OPERATOR);
    assertThat(accounts.role(List.of("edgewise-viewer"))).contains(Role.VIEWER);
  }

  @Test
  void noConfiguredRoleGivesNoRoleNotAViewer() {
    assertThat(accounts.role(List.of("offline_access", "ADMIN", "uma_authorization")))
        .isEqualTo(Optional.empty());
    assertThat(accounts.role(List.of())).isEmpty();
  }

  @Test
  void claimPathsReachIntoNestedClaimsAndAcceptStringOrArray() {
    TokenClaims claims =
        TokenClaims.of(
            new JsonObject()
                .put("tenant", "acme")
                .put(
                    "realm_access",
                    new JsonObject()
                        .put("roles", new JsonArray().add("edgewise-operator").add("x")))
                .put("groups", "edgewise-viewer"));
    assertThat(claims.string("tenant")).contains("acme");
    assertThat(claims.strings("realm_access/roles")).containsExactly("edgewise-operator", "x");
    assertThat(claims.strings("groups")).containsExactly("edgewise-viewer");
    assertThat(claims.string("realm_access/missing")).isEmpty();
  }
}
