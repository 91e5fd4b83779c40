package io.edgewise.ui.shell;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.edgewise.base.access.Role;
import io.edgewise.security.Caller;

/** The entries of the side navigation, each with the least role that may open it. */
public enum NavSection {
  OVERVIEW("Overview", "", VaadinIcon.DASHBOARD, Role.VIEWER),
  DASHBOARDS("Dashboards", "dashboards", VaadinIcon.CHART, Role.VIEWER),
  SITES("Sites & nodes", "sites", VaadinIcon.BUILDING, Role.VIEWER),
  FLEETS("Fleets", "fleets", VaadinIcon.CLUSTER, Role.VIEWER),
  MODELS("Models", "models", VaadinIcon.CUBES, Role.VIEWER),
  DEPLOYMENTS("Deployments", "deployments", VaadinIcon.ROCKET, Role.VIEWER),
  PLANS("Plans", "plans", VaadinIcon.SITEMAP, Role.VIEWER),
  ADMIN("Admin", "admin", VaadinIcon.COG, Role.ADMIN);

  private final String title;
  private final String path;
  private final VaadinIcon icon;
  private final Role least;

  NavSection(String title, String path, VaadinIcon icon, Role least) {
    this.title = title;
    this.path = path;
    this.icon = icon;
    this.least = least;
  }

  public String title() {
    return title;
  }

  /** The route path, relative to the context root. */
  public String path() {
    return path;
  }

  public VaadinIcon icon() {
    return icon;
  }

  public boolean openFor(Caller caller) {
    return caller.has(least);
  }
}
