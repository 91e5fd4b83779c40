/** REST endpoints for deployments. */
package io.edgewise.deployment.api;
