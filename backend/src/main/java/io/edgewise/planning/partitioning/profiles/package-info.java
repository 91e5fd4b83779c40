/**
 * Reference DNN profiles (AlexNet, VGG-16, ResNet-50, MobileNetV2), hardware and link presets, and
 * FLOPs-based latency estimates for the partitioner.
 */
package io.edgewise.planning.partitioning.profiles;
