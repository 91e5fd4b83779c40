package io.edgewise.registry;

import io.edgewise.base.persistence.TenantOwnedEntity;
import io.edgewise.fleet.SmartDomain;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A model in a tenant's registry; its versions carry the artifacts. */
@Entity
@Table(name = "models")
public class Model extends TenantOwnedEntity {

  public static final int NAME_MAX = 100;
  public static final int TASK_MAX = 100;
  public static final int DESCRIPTION_MAX = 2000;

  public String name;

  /** What the model does, in the tenant's words, e.g. {@code object-detection}. */
  public String task;

  @Enumerated(EnumType.STRING)
  public ModelFamily family;

  /** The smart domain the model serves, or null when it serves no particular one. */
  @Enumerated(EnumType.STRING)
  public SmartDomain domain;

  public String description;
}
