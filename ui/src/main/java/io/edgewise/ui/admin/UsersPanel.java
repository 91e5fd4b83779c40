package io.edgewise.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.edgewise.base.access.Role;
import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.security.User;
import io.edgewise.security.UserService;
import io.edgewise.security.UserService.UserChanges;
import io.edgewise.ui.base.ServicePages;
import io.edgewise.ui.base.TimeTexts;
import io.edgewise.ui.shell.Confirm;
import io.edgewise.ui.shell.Notices;

/**
 * The tenant's accounts: create, change role, disable or enable, delete (the service guards the
 * last admin and oneself).
 */
class UsersPanel extends VerticalLayout {

  static final Role[] USER_ROLES = {Role.ADMIN, Role.OPERATOR, Role.VIEWER};

  private final UserService users;
  private final String me;
  final Grid<User> grid = new Grid<>();

  UsersPanel(UserService users, String me) {
    this.users = users;
    this.me = me;
    setPadding(false);
    Button create =
        new Button(
            "New user",
            VaadinIcon.PLUS.create(),
            click ->
                new UserDialog(users::create, created -> refresh("Created user " + created.email))
                    .open());
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    grid.addColumn(u -> u.email)
        .setHeader("Email")
        .setSortProperty("email")
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(u -> u.displayName == null ? "" : u.displayName)
        .setHeader("Name")
        .setAutoWidth(true);
    grid.addComponentColumn(this::roleSelect)
        .setKey("role")
        .setHeader("Role")
        .setWidth("10rem")
        .setFlexGrow(0);
    grid.addColumn(u -> u.enabled ? "Enabled" : "Disabled")
        .setHeader("Status")
        .setKey("status")
        .setAutoWidth(true);
    grid.addColumn(u -> TimeTexts.at(u.createdAt))
        .setHeader("Created")
        .setSortProperty("createdAt")
        .setAutoWidth(true);
    grid.addComponentColumn(this::actions).setKey("actions").setWidth("11rem").setFlexGrow(0);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.setItems(
        query -> ServicePages.fetch(query, "email", users::list),
        query -> ServicePages.count(users::list));
    add(create, grid);
  }

  private Select<Role> roleSelect(User user) {
    Select<Role> role = new Select<>();
    role.setItems(USER_ROLES);
    role.setValue(user.role);
    role.setAriaLabel("Role of " + user.email);
    role.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null && e.getValue() != user.role) {
            change(
                user,
                new UserChanges(null, null, e.getValue(), null, null),
                "Changed " + user.email + " to " + e.getValue());
          }
        });
    return role;
  }

  private HorizontalLayout actions(User user) {
    Button toggle =
        new Button(
            user.enabled ? "Disable" : "Enable",
            click ->
                change(
                    user,
                    new UserChanges(null, null, null, null, !user.enabled),
                    (user.enabled ? "Disabled " : "Enabled ") + user.email));
    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout actions = new HorizontalLayout(toggle);
    if (!user.email.equalsIgnoreCase(me)) {
      Button delete = new Button("Delete", click -> confirmDelete(user));
      delete.addThemeVariants(
          ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      actions.add(delete);
    }
    return actions;
  }

  private void change(User user, UserChanges changes, String done) {
    try {
      users.update(user.id, ExpectedVersion.of(user.version), changes);
      refresh(done);
    } catch (RuntimeException e) {
      grid.getDataProvider().refreshAll();
      Notices.failed("User " + user.email, e);
    }
  }

  private void confirmDelete(User user) {
    Confirm.destructive(
        "Delete user " + user.email + "?",
        "The account can no longer sign in, and is gone for good.",
        "Delete",
        "User " + user.email,
        () -> {
          users.delete(user.id);
          refresh("Deleted user " + user.email);
        });
  }

  private void refresh(String message) {
    grid.getDataProvider().refreshAll();
    Notices.success(message);
  }
}
