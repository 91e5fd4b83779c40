/**
 * Tenant administration: local accounts and their roles, and API tokens with their one-time
 * secrets.
 */
package io.edgewise.ui.admin;
