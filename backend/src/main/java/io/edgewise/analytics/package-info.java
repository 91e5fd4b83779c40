/**
 * Read-only figures across features for dashboards: per-domain summaries composed from the feature
 * services.
 */
package io.edgewise.analytics;
