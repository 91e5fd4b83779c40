/** Views of the decision engines' plans. */
package io.edgewise.ui.planning;
