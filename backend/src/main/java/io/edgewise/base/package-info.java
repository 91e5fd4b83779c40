/**
 * Shared plumbing used by every feature: database bootstrap, persistence base types, domain
 * exceptions, paging and API conventions.
 */
package io.edgewise.base;
