/** REST endpoints for edge nodes and their GPUs, for administrators, operators and viewers. */
package io.edgewise.node.api;
