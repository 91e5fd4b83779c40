package io.edgewise.registry;

/**
 * An early-exit branch (BranchyNet) reading the output of layer {@code afterLayer}.
 *
 * @param gflops work of the branch itself
 * @param accuracy accuracy of predictions taken at this exit, 0..1
 */
public record ProfiledExit(int afterLayer, double gflops, double accuracy) {}
