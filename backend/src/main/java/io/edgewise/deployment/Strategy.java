package io.edgewise.deployment;

/** Where a deployment may run its model's layers. */
public enum Strategy {
  /** The planner chooses: device, edge, cloud or a split between them. */
  AUTO,
  /** The whole model runs on an edge GPU. */
  EDGE_ONLY,
  /** The whole model runs on the devices. */
  DEVICE_ONLY,
  /** The model is split between device, edge and possibly cloud. */
  SPLIT
}
