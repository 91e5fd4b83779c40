package io.edgewise.registry;

import java.util.List;

/**
 * A tensor crossing a split, as agents and devices read it.
 *
 * @param dtype DJL's data type name, e.g. {@code FLOAT32}
 * @param shape one entry per dimension, -1 where it is symbolic (the batch) or unknown; null when
 *     the rank is unknown
 */
public record SplitTensor(String name, String dtype, List<Long> shape) {}
