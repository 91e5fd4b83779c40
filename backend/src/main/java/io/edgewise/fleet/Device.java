package io.edgewise.fleet;

import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One device of a fleet: its compute capacity and its link to the fleet's site. */
@Entity
@Table(name = "devices")
public class Device extends TenantOwnedEntity {

  public static final int EXTERNAL_ID_MAX = 128;

  /** Printable ASCII without spaces, so ids survive URLs, CSV files and shell scripts unquoted. */
  public static final String EXTERNAL_ID_PATTERN = "[!-~]+";

  public static final int LABELS_MAX = 32;
  public static final String LABEL_KEY_PATTERN = "[a-zA-Z0-9._/-]{1,63}";
  public static final int LABEL_VALUE_MAX = 256;

  /** Upper bounds that keep values finite and plausible (1 Tbps, 10 PFLOPS, 10 minutes). */
  public static final String GFLOPS_MAX = "10000000";

  public static final String LINK_MBPS_MAX = "1000000";
  public static final String LINK_RTT_MS_MAX = "600000";

  @Column(name = "fleet_id", updatable = false)
  public UUID fleetId;

  @Column(name = "external_id")
  public String externalId;

  @Column(name = "compute_gflops")
  public double computeGflops;

  @Column(name = "link_mbps")
  public double linkMbps;

  @Column(name = "link_rtt_ms")
  public double linkRttMs;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, String> labels = new HashMap<>();

  @Enumerated(EnumType.STRING)
  public DeviceStatus status = DeviceStatus.UNKNOWN;

  /** When an agent last reported the device; written by telemetry, never by this API. */
  @Column(name = "last_seen_at")
  public Instant lastSeenAt;
}
