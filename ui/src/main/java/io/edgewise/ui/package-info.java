/** Vaadin Flow views of the operator web UI; empty until the UI issue lands, the app already depends on it. */
package io.edgewise.ui;
