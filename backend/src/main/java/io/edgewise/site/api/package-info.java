/** REST endpoints for edge sites. */
package io.edgewise.site.api;
