/**
 * What happens before and right after start: the embedded database and the platform administrator.
 */
package io.edgewise.app.bootstrap;
