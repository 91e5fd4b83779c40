/**
 * REST endpoints for edge nodes (administrators and viewers) and for the edge agents that run them.
 */
package io.edgewise.node.api;
