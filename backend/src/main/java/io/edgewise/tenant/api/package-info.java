/** REST endpoints for tenants. */
package io.edgewise.tenant.api;
