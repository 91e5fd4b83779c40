/** REST resource of a model version's profiling job. */
package io.edgewise.registry.profiling.api;
