/**
 * REST for plans: compute one now, read the latest and past plans, and a deployment's part of the
 * latest.
 */
package io.edgewise.planning.api;
