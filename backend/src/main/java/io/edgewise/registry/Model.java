package io.edgewise.registry;

import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;

/** A model in a tenant's registry; its versions carry the artifacts. */
@Entity
@Table(name = "models")
public class Model extends TenantOwnedEntity {

  public static final int NAME_MAX = 100;
  public static final int TASK_MAX = 100;
  public static final int DESCRIPTION_MAX = 2000;

  /**
   * The smart domains a model may serve, as the {@code models_domain_known} check spells them. Kept as
   * strings here until the shared smart-domain enum of the fleet feature is available to this package.
   */
  public static final List<String> DOMAINS = List.of("SMART_MULTIMEDIA", "SMART_TRANSPORTATION", "SMART_CITY", "SMART_INDUSTRY");

  /** {@link #DOMAINS} as a Bean Validation pattern. */
  public static final String DOMAIN_PATTERN = "SMART_MULTIMEDIA|SMART_TRANSPORTATION|SMART_CITY|SMART_INDUSTRY";

  public String name;

  /** What the model does, in the tenant's words, e.g. {@code object-detection}. */
  public String task;

  @Enumerated(EnumType.STRING)
  public ModelFamily family;

  /** One of {@link #DOMAINS}, or null when the model serves no particular domain. */
  public String domain;

  public String description;
}
