/**
 * Plumbing every UI feature shares and that depends on none of them: lazy grids over the services'
 * pages, and how moments are written.
 */
package io.edgewise.ui.base;
