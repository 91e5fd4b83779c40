/**
 * Which models (or content items) stay resident in a GPU's or site's memory: online policies,
 * Belady's offline reference, forecasting and traces.
 */
package io.edgewise.planning.caching;
