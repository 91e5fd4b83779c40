/** Tenants: created by the platform administrator together with their first administrator. */
package io.edgewise.tenant;
