package io.edgewise.registry.onnx;

import java.util.List;

/**
 * A split of the topological order after its first {@code position} compute nodes: those run on the
 * device (head), the rest on the server (tail).
 *
 * @param position compute nodes (not counting {@code Constant} nodes) on the head side, 1 to n-1
 * @param lastHeadNode the name of the last compute node on the head side
 * @param crossing the tensors sent from head to tail: head-computed tensors the tail reads, then
 *     the caller's graph inputs the tail reads (the device holds those too), in topological order
 * @param bytes bytes per sample of the crossing tensors
 */
public record CutPoint(int position, String lastHeadNode, List<String> crossing, long bytes) {

  public CutPoint {
    crossing = List.copyOf(crossing);
  }
}
