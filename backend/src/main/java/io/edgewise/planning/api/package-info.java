/**
 * REST for plans: compute one now, read the latest and past plans, and a deployment's part of the
 * latest; and the tenant's hardware calibration with its held-out error.
 */
package io.edgewise.planning.api;
