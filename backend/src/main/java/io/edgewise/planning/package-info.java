/**
 * Plans a tenant's deployments: maps the registry (sites, GPUs, fleets, deployments, layer
 * profiles) to the decision engines beneath — partitioning, placement and caching, plain Java with
 * no web or database dependency — and stores each plan with the inputs it was computed from.
 */
package io.edgewise.planning;
