/** REST endpoints for local accounts, API tokens and the caller's own identity. */
package io.edgewise.security.api;
