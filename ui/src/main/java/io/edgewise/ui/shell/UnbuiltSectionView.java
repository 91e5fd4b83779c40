package io.edgewise.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.edgewise.security.CurrentCaller;
import io.edgewise.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * An honest page for navigation entries whose views are not built yet: it names the REST collection
 * that serves the data today. Each section's own view replaces it as it lands.
 */
@Route(value = ":section(sites|deployments|admin)", layout = MainLayout.class)
@RolesAllowed(Role.Names.VIEWER)
public class UnbuiltSectionView extends VerticalLayout implements BeforeEnterObserver {

  private final CurrentCaller callers;

  @Inject
  public UnbuiltSectionView(CurrentCaller callers) {
    this.callers = callers;
    addClassName("ew-unbuilt");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String path = event.getRouteParameters().get("section").orElse("");
    NavSection section = Arrays.stream(NavSection.values()).filter(s -> s.path().equals(path)).findFirst().orElseThrow();
    if (!section.openFor(callers.get())) {
      event.rerouteToError(AccessDeniedException.class, "your role does not open this page");
      return;
    }
    removeAll();
    add(new H2(section.title()),
        new Paragraph("This view is not built yet. Until it is, the REST API serves this data:"),
        new Anchor("q/swagger-ui", section.api()));
  }
}
