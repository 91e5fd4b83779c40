/**
 * Tensors as serving moves them (little-endian bytes, C order), their dtypes, and the JSON, NPY and
 * raw wire formats.
 */
package io.edgewise.agent.serving.tensor;
