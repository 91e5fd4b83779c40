package io.edgewise.planning;

/**
 * A layer has neither a known amount of work nor a time measured on the hardware in question, so
 * nothing can predict its time there: the deployment is refused rather than costed zero.
 */
final class UnknownLayerCost extends IllegalArgumentException {

  UnknownLayerCost(String layer, String op, String hardware) {
    super(
        "layer '"
            + layer
            + "'"
            + (op == null ? "" : " (" + op + ")")
            + " has no known work (GFLOP) and no time measured on "
            + (hardware == null ? "this tier's hardware" : hardware)
            + ", so its time cannot be predicted: declare the model's serving input shape so its"
            + " work can be computed, or profile the model on that hardware");
  }
}
