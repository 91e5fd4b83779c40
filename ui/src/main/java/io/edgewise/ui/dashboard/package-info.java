/**
 * Per-domain dashboards: observed time series (request rate, latency against the SLO, attainment,
 * bandwidth, cache), the domain's fleets and deployments, and its applications' latency budgets.
 */
package io.edgewise.ui.dashboard;
