/**
 * Which models stay resident in each GPU's memory in production: a cost-aware knapsack over the
 * plan's request rates and measured load costs.
 */
package io.edgewise.planning.caching;
