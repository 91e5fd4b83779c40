package io.edgewise.site;

import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An edge site with its link to the cloud. */
@Entity
@Table(name = "sites")
public class Site extends TenantOwnedEntity {

  public static final int NAME_MAX = 100;
  public static final int REGION_MAX = 100;

  public String name;

  @Enumerated(EnumType.STRING)
  public Paradigm paradigm;

  public String region;
  public Double latitude;
  public Double longitude;

  @Column(name = "uplink_mbps")
  public double uplinkMbps;

  @Column(name = "rtt_ms")
  public double rttMs;
}
