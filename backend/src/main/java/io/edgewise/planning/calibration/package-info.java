/**
 * Per-hardware calibration of layer times from measured profiles (Neurosurgeon-style regressions by
 * layer type and size), the peak-ratio convention it falls back to, and its held-out error.
 */
package io.edgewise.planning.calibration;
