/** The runnable control plane: its entry point, start-up bootstrap and demo data. */
package io.edgewise.app;
