/** Load generators that measure a running control plane the way a fleet of agents loads it. */
package io.edgewise.bench;
