/**
 * Reference DNN profiles (AlexNet, VGG-16, ResNet-50, MobileNetV2) built layer by layer, which the
 * demo tenant registers and the benchmarks partition.
 */
package io.edgewise.planning.partitioning.profiles;
