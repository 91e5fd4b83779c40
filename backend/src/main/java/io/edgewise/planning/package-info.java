/** The decision engines: plain Java with no web or database dependency, so they can be property-tested and benchmarked alone. */
package io.edgewise.planning;
