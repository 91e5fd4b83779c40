/**
 * Authentication (local accounts, API tokens, node credentials) and the one place that turns any
 * identity into a {@link io.edgewise.security.Caller}.
 */
package io.edgewise.security;
