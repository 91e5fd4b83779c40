/** REST endpoints for the application catalogue, fleets, devices and bulk device import. */
package io.edgewise.fleet.api;
