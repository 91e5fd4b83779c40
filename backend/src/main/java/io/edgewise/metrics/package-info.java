/**
 * Observed metrics per deployment, site and minute: ingest with exact roll-ups, partition upkeep,
 * and the series dashboards read.
 */
package io.edgewise.metrics;
