/** Base types for tenant-owned entities and the repositories that always scope them by tenant. */
package io.edgewise.base.persistence;
