/**
 * Which GPU serves each deployment replica so SLOs hold on as few GPUs as possible (Nexus, SOSP'19;
 * Kubernetes filter/score), solved with Timefold.
 */
package io.edgewise.planning.placement;
