/** Edge nodes and their GPUs: inventory, agent registration, heartbeats and offline detection. */
package io.edgewise.node;
