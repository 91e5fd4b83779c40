/** The browser entry point of single sign-on ({@code /sso/login}). */
package io.edgewise.sso.api;
