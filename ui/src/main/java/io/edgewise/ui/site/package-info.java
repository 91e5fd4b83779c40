/**
 * Sites and nodes: the site list, site detail with its nodes, and node detail with GPUs and
 * heartbeat history.
 */
package io.edgewise.ui.site;
