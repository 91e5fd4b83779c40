/** REST for metrics: agents and integrations push minutes, viewers read series. */
package io.edgewise.metrics.api;
