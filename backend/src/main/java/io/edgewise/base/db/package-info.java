/** Binding database connections to the caller's tenant (row-level security). */
package io.edgewise.base.db;
