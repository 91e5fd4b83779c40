package io.edgewise.ui.shell;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.edgewise.security.Caller;
import io.edgewise.security.Role;

/** The entries of the side navigation, each with the least role that may open it. */
public enum NavSection {
  OVERVIEW("Overview", "", VaadinIcon.DASHBOARD, Role.VIEWER, "/api/v1/plans/latest"),
  DASHBOARDS("Dashboards", "dashboards", VaadinIcon.CHART, Role.VIEWER, "/api/v1/metrics"),
  SITES("Sites & nodes", "sites", VaadinIcon.BUILDING, Role.VIEWER, "/api/v1/sites"),
  FLEETS("Fleets", "fleets", VaadinIcon.CLUSTER, Role.VIEWER, "/api/v1/fleets"),
  MODELS("Models", "models", VaadinIcon.CUBES, Role.VIEWER, "/api/v1/models"),
  DEPLOYMENTS("Deployments", "deployments", VaadinIcon.ROCKET, Role.VIEWER, "/api/v1/deployments"),
  PLANS("Plans", "plans", VaadinIcon.SITEMAP, Role.VIEWER, "/api/v1/plans"),
  ADMIN("Admin", "admin", VaadinIcon.COG, Role.ADMIN, "/api/v1/users");

  private final String title;
  private final String path;
  private final VaadinIcon icon;
  private final Role least;
  private final String api;

  NavSection(String title, String path, VaadinIcon icon, Role least, String api) {
    this.title = title;
    this.path = path;
    this.icon = icon;
    this.least = least;
    this.api = api;
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

  /** The REST collection that serves this section today. */
  public String api() {
    return api;
  }

  public boolean openFor(Caller caller) {
    return caller.has(least);
  }
}
