/** Deployments: a model version serving a fleet under a latency SLO, on a set of target sites. */
package io.edgewise.deployment;
