package io.edgewise.audit.api;

import io.edgewise.audit.AuditEntry;
import io.edgewise.audit.AuditLog;
import io.edgewise.base.access.Role;
import io.edgewise.base.api.PageQuery;
import io.edgewise.base.paging.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;

/** The tenant's audit log, for its administrators. */
@Path("/api/v1/audit")
@RolesAllowed(Role.Names.ADMIN)
public class AuditResource {

  /** One change as the API shows it. */
  public record AuditEntryView(
      long id,
      String actor,
      String action,
      String entityType,
      String entityId,
      String summary,
      Instant at) {
    static AuditEntryView of(AuditEntry e) {
      return new AuditEntryView(e.id, e.actor, e.action, e.entityType, e.entityId, e.summary, e.at);
    }
  }

  @Inject AuditLog audit;

  @GET
  public PageResult<AuditEntryView> list(
      @QueryParam("entityType") String entityType, @BeanParam PageQuery page) {
    return audit.list(entityType, page.toRequest()).map(AuditEntryView::of);
  }
}
