/**
 * The operator web UI (Vaadin Flow on the pre-compiled bundle), packaged by feature like the
 * backend it calls.
 */
package io.edgewise.ui;
