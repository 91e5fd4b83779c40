package io.edgewise.ui.shell;

import io.edgewise.base.access.Role;
import io.edgewise.security.Caller;
import java.util.List;

/** The one role to show for a caller: the strongest it holds (roles are cumulative). */
final class RoleLabel {

  private static final List<Role> STRONGEST_FIRST =
      List.of(Role.PLATFORM_ADMIN, Role.ADMIN, Role.OPERATOR, Role.VIEWER);

  private RoleLabel() {}

  static String of(Caller caller) {
    return STRONGEST_FIRST.stream()
        .filter(caller::has)
        .findFirst()
        .map(
            role ->
                role.name().charAt(0) + role.name().substring(1).toLowerCase().replace('_', ' '))
        .orElse("no role");
  }
}
