/** Starting the embedded PostgreSQL and binding connections to the caller's tenant. */
package io.edgewise.base.db;
