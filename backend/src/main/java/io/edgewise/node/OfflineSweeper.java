package io.edgewise.node;

import io.edgewise.base.db.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Marks ONLINE nodes OFFLINE once they have missed {@link NodeConfig#missedHeartbeats()}
 * heartbeats, across all tenants. Every replica runs it; the statement is a conditional set-based
 * update, so concurrent runs never mark a node twice (see {@link NodeLivenessRepository}).
 */
@ApplicationScoped
public class OfflineSweeper {

  private static final Logger LOG = Logger.getLogger(OfflineSweeper.class);

  @Inject NodeConfig config;
  @Inject NodeLivenessRepository liveness;

  @Scheduled(
      identity = "node-offline-sweeper",
      every = "${edgewise.nodes.sweep-every:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sweep() {
    markOffline(config.offlineAfter());
  }

  /**
   * Marks ONLINE nodes whose last heartbeat is older than {@code silence} OFFLINE; returns how
   * many.
   */
  public int markOffline(Duration silence) {
    int marked =
        TenantScope.platform(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(() -> liveness.markSilentNodesOffline(silence)));
    if (marked > 0) {
      LOG.infof("Marked %d node(s) OFFLINE: no heartbeat for %s", marked, silence);
    }
    return marked;
  }
}
