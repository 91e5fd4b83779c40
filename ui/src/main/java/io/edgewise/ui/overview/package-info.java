/**
 * The landing page: one card per smart domain with the tenant's inventory and latest plan figures.
 */
package io.edgewise.ui.overview;
