/**
 * Fleets and their devices: the fleet list, the lazy device grid, device dialogs and CSV import.
 */
package io.edgewise.ui.fleet;
