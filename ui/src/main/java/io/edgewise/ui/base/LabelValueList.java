package io.edgewise.ui.site;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A block of label/value pairs, as on a detail page ("Region: north", "GPUs: 4"). */
class LabelValueList extends Div {

  LabelValueList() {
    addClassName("ew-facts");
  }

  LabelValueList add(String label, String value) {
    return add(label, new Span(value == null || value.isBlank() ? "—" : value));
  }

  LabelValueList add(String label, Component value) {
    Span name = new Span(label);
    name.addClassName("ew-fact-label");
    value.getElement().getClassList().add("ew-fact-value");
    Div fact = new Div(name, value);
    fact.addClassName("ew-fact");
    super.add(fact);
    return this;
  }
}
