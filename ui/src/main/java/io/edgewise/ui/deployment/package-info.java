/**
 * Deployments: the list with filters, create and edit, and a deployment's detail with its current
 * plan.
 */
package io.edgewise.ui.deployment;
