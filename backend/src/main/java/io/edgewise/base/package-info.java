/**
 * Shared plumbing used by every feature: database bootstrap, persistence base types and API
 * conventions.
 */
package io.edgewise.base;
