package io.edgewise.deployment;

import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A model version serving a fleet under an SLO. */
@Entity
@Table(name = "deployments")
public class Deployment extends TenantOwnedEntity {

  public static final int NAME_MAX = 100;
  public static final int MAX_REPLICAS = 64;
  public static final double MAX_REQUESTS_PER_DEVICE_PER_S = 1000;

  public String name;

  @Column(name = "model_version_id")
  public UUID modelVersionId;

  @Column(name = "fleet_id")
  public UUID fleetId;

  @Column(name = "latency_slo_ms")
  public double latencySloMs;

  @Column(name = "min_accuracy")
  public Double minAccuracy;

  @Enumerated(EnumType.STRING)
  public Strategy strategy;

  public int replicas;

  @Enumerated(EnumType.STRING)
  public Objective objective = Objective.MIN_LATENCY;

  /**
   * How many requests each device of the fleet sends per second; with the fleet's size, the load to
   * place.
   */
  @Column(name = "requests_per_device_per_s")
  public double requestsPerDevicePerS = 1;

  @Enumerated(EnumType.STRING)
  public DeploymentStatus status;

  /** Loaded with the deployment (views always show them), a page's worth per query. */
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @CollectionTable(name = "deployment_sites", joinColumns = @JoinColumn(name = "deployment_id"))
  public Set<TargetSite> targetSites = new LinkedHashSet<>();
}
