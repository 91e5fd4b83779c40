/**
 * Device fleets (one application in one smart domain, homed on a site), their devices and bulk
 * import.
 */
package io.edgewise.fleet;
