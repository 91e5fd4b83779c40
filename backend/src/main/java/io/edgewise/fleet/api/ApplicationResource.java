package io.edgewise.fleet.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.QueryEnums;
import io.edgewise.fleet.Application;
import io.edgewise.fleet.SmartDomain;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;

/** The read-only catalogue of applications per smart domain (the survey's Tables 1-4). */
@Path("/api/v1/applications")
@RolesAllowed(Role.Names.VIEWER)
public class ApplicationResource {

  public record ApplicationView(
      Application name, String title, SmartDomain domain, int latencyBudgetMs, String rationale) {
    static ApplicationView of(Application a) {
      return new ApplicationView(a, a.title(), a.domain(), a.latencyBudgetMs(), a.rationale());
    }
  }

  /** Every application, or those of one {@code domain}, in catalogue order. */
  @GET
  public List<ApplicationView> list(@QueryParam("domain") String domain) {
    SmartDomain only = QueryEnums.parse(SmartDomain.class, "domain", domain);
    List<Application> applications =
        only == null ? Arrays.asList(Application.values()) : Application.of(only);
    return applications.stream().map(ApplicationView::of).toList();
  }
}
