/**
 * Single sign-on through OpenID Connect (Keycloak): turns verified tokens into Edgewise callers,
 * provisioning users just in time.
 */
package io.edgewise.sso;
