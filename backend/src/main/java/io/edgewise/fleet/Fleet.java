package io.edgewise.fleet;

import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** Devices of one class serving one application, homed on one of the tenant's sites. */
@Entity
@Table(name = "fleets")
public class Fleet extends TenantOwnedEntity {

  public static final int NAME_MAX = 100;
  public static final int DEVICE_CLASS_MAX = 60;
  public static final int DESCRIPTION_MAX = 2000;

  @Column(name = "site_id")
  public UUID siteId;

  public String name;

  @Enumerated(EnumType.STRING)
  public SmartDomain domain;

  @Enumerated(EnumType.STRING)
  public Application application;

  /** Free text such as camera, vehicle, smart-meter, plc, phone. */
  @Column(name = "device_class")
  public String deviceClass;

  public String description;
}
