package io.edgewise.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.base.access.Role;
import io.edgewise.security.Caller;
import io.edgewise.ui.login.LoginView;
import io.edgewise.ui.overview.OverviewView;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Route decisions from the views' own annotations, for every kind of caller. */
class RouteAccessTest {

  private static final Optional<Caller> ANONYMOUS = Optional.empty();

  private static Optional<Caller> tenantUser(Role role) {
    return Optional.of(
        new Caller(
            "someone@t.test", Optional.of(UUID.randomUUID()), role.granted(), Optional.empty()));
  }

  private static Optional<Caller> platformAdmin() {
    return Optional.of(
        new Caller(
            "admin@edgewise.local",
            Optional.empty(),
            Role.PLATFORM_ADMIN.granted(),
            Optional.empty()));
  }

  @Test
  void anonymousCallersMaySeeOnlyTheLoginPage() {
    assertThat(RouteAccess.decide(LoginView.class, ANONYMOUS))
        .isEqualTo(RouteAccess.Decision.ENTER);
    assertThat(RouteAccess.decide(OverviewView.class, ANONYMOUS))
        .isEqualTo(RouteAccess.Decision.SIGN_IN);
    assertThat(RouteAccess.decide(TenantUsersOnlyView.class, ANONYMOUS))
        .isEqualTo(RouteAccess.Decision.SIGN_IN);
  }

  @Test
  void everyTenantRoleEntersTheOverview() {
    for (Role role : new Role[] {Role.VIEWER, Role.OPERATOR, Role.ADMIN}) {
      assertThat(RouteAccess.decide(OverviewView.class, tenantUser(role)))
          .as(role.name())
          .isEqualTo(RouteAccess.Decision.ENTER);
    }
  }

  @Test
  void agentCredentialsAreDenied() {
    assertThat(RouteAccess.decide(OverviewView.class, tenantUser(Role.AGENT)))
        .isEqualTo(RouteAccess.Decision.DENY);
  }

  @Test
  void platformAdministratorsAreSentToTheTenantUsersOnlyPage() {
    assertThat(RouteAccess.decide(OverviewView.class, platformAdmin()))
        .isEqualTo(RouteAccess.Decision.TENANT_USERS_ONLY);
    assertThat(RouteAccess.decide(TenantUsersOnlyView.class, platformAdmin()))
        .isEqualTo(RouteAccess.Decision.ENTER);
  }

  @Test
  void routesWithoutAnAccessAnnotationAreClosed() {
    assertThat(RouteAccess.decide(String.class, tenantUser(Role.ADMIN)))
        .isEqualTo(RouteAccess.Decision.DENY);
  }

  @Test
  void adminEntryIsHiddenFromOperatorsAndViewersButShownToAdmins() {
    assertThat(NavSection.ADMIN.openFor(tenantUser(Role.VIEWER).orElseThrow())).isFalse();
    assertThat(NavSection.ADMIN.openFor(tenantUser(Role.OPERATOR).orElseThrow())).isFalse();
    assertThat(NavSection.ADMIN.openFor(tenantUser(Role.ADMIN).orElseThrow())).isTrue();
    assertThat(NavSection.FLEETS.openFor(tenantUser(Role.VIEWER).orElseThrow())).isTrue();
  }
}
