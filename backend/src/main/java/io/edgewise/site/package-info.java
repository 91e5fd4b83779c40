/** Edge sites: where edge servers live, typed by paradigm, with their uplink to the cloud. */
package io.edgewise.site;
