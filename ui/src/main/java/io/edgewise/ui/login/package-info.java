/**
 * Browser sign-in and sign-out for local accounts (Quarkus form authentication behind a Vaadin
 * login form).
 */
package io.edgewise.ui.login;
