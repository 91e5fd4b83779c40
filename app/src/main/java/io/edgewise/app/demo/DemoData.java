package io.edgewise.app.demo;

import io.edgewise.app.bootstrap.GeneratedPasswords;
import io.edgewise.base.db.TenantScope;
import io.edgewise.tenant.TenantService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seeds the tenant {@value #SLUG} once: sites of all four paradigms, nodes with a realistic GPU mix
 * fleets in all four smart domains, and the four reference CNNs with profiles deployed to four of
 * the fleets (the re-planner plans them a few seconds after start). Nothing happens when the tenant
 * exists or the demo is off.
 */
@ApplicationScoped
public class DemoData {

  public static final String SLUG = "demo";
  public static final String ADMIN_EMAIL = "admin@demo.local";
  private static final Logger LOG = Logger.getLogger(DemoData.class);

  @Inject DemoConfig config;
  @Inject TenantService tenants;
  @Inject DemoInventory inventory;
  @Inject DemoModels models;

  void onStart(@Observes @Priority(20) StartupEvent event) {
    if (!config.enabled() || tenants.findBySlug(SLUG).isPresent()) {
      return;
    }
    String password = config.adminPassword().orElseGet(GeneratedPasswords::generate);
    UUID tenantId = tenants.create(SLUG, "Demo City & Transit", ADMIN_EMAIL, password).tenant().id;
    TenantScope.tenant(tenantId, () -> inventory.seed());
    TenantScope.tenant(
        tenantId,
        () -> {
          models.seed();
          return null;
        });
    if (config.adminPassword().isEmpty()) {
      LOG.warnf(
          "Created demo tenant '%s' with admin %s and generated password: %s (shown once; set"
              + " EDGEWISE_DEMO_ADMIN_PASSWORD to choose it)",
          SLUG, ADMIN_EMAIL, password);
    } else {
      LOG.infof("Created demo tenant '%s' with admin %s", SLUG, ADMIN_EMAIL);
    }
  }
}
