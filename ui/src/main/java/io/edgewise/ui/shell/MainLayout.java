package io.edgewise.ui.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.edgewise.security.Caller;
import io.edgewise.security.CurrentCaller;
import io.edgewise.tenant.TenantService;
import io.edgewise.ui.login.SignOut;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * The frame of every tenant view: a header with the tenant and the user, and navigation by role.
 */
public class MainLayout extends AppLayout {

  @Inject
  public MainLayout(CurrentCaller callers, TenantService tenants, SignOut signOut) {
    Caller caller = callers.get();
    setPrimarySection(Section.DRAWER);

    Span product = new Span("Edgewise");
    product.addClassName("ew-product");
    addToDrawer(product, navigation(caller));

    Span tenant = new Span(tenants.current().name);
    tenant.addClassName("ew-tenant");
    Span user = new Span(caller.name() + " · " + RoleLabel.of(caller));
    user.addClassName("ew-user");
    Button logout =
        new Button(
            "Log out",
            VaadinIcon.SIGN_OUT.create(),
            click -> signOut.signOut(getUI().orElseThrow()));
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout who = new HorizontalLayout(user, logout);
    who.setAlignItems(HorizontalLayout.Alignment.CENTER);
    who.addClassName("ew-who");
    Div header = new Div(new DrawerToggle(), tenant, who);
    header.addClassName("ew-header");
    addToNavbar(header);
  }

  private static SideNav navigation(Caller caller) {
    SideNav nav = new SideNav();
    Arrays.stream(NavSection.values())
        .filter(section -> section.openFor(caller))
        .forEach(
            section ->
                nav.addItem(
                    new SideNavItem(section.title(), section.path(), section.icon().create())));
    return nav;
  }
}
