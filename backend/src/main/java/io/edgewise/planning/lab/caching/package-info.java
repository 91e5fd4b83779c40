/**
 * Cache policies (LRU, LFU, GDSF, predictive, Belady's offline optimum), the simulator that replays
 * traces through them, and the traces themselves (generated or read from CSV), for the what-if lab.
 */
package io.edgewise.planning.lab.caching;
