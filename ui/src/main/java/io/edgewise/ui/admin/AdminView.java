package io.edgewise.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.edgewise.base.access.Role;
import io.edgewise.security.ApiTokenService;
import io.edgewise.security.CurrentCaller;
import io.edgewise.security.UserService;
import io.edgewise.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** Administration of the tenant: users and roles, and API tokens. Administrators only. */
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("Admin · Edgewise")
@RolesAllowed(Role.Names.ADMIN)
public class AdminView extends VerticalLayout {

  @Inject
  public AdminView(UserService users, ApiTokenService tokens, CurrentCaller callers) {
    addClassName("ew-admin");
    setSizeFull();
    TabSheet tabs = new TabSheet();
    tabs.add("Users", new UsersPanel(users, callers.get().name()));
    tabs.add("API tokens", new TokensPanel(tokens));
    tabs.setWidthFull();
    add(new H2("Admin"), tabs);
  }
}
