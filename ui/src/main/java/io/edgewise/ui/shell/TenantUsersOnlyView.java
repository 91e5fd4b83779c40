package io.edgewise.ui.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.edgewise.ui.login.SignOut;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * Where signed-in callers without a tenant (platform administrators) land: the UI shows one
 * tenant's data.
 */
@Route("tenant-users-only")
@PageTitle("For tenant users · Edgewise")
@PermitAll
public class TenantUsersOnlyView extends VerticalLayout {

  @Inject
  public TenantUsersOnlyView(SignOut signOut) {
    addClassName("ew-notice");
    add(
        new H1("The web UI is for tenant users"),
        new Paragraph(
            "You are signed in as a platform administrator, who belongs to no tenant. Platform"
                + " administrators create and list tenants through the REST API (/api/v1/tenants);"
                + " sign in with a tenant account to see a tenant's sites, fleets, models and"
                + " deployments."),
        new Button("Log out", click -> signOut.signOut(getUI().orElseThrow())));
  }
}
