/** Charts drawn in the browser by Apache ECharts, loaded from its WebJar at run time. */
package io.edgewise.ui.charts;
