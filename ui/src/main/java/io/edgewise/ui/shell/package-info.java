/**
 * The frame around every view: layout, navigation by role, header with tenant and user, theme, and
 * route access.
 */
package io.edgewise.ui.shell;
