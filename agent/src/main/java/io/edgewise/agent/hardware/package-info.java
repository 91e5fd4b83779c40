/** Hardware discovery: CPU cores and memory from the OS, GPUs from {@code nvidia-smi}. */
package io.edgewise.agent.hardware;
