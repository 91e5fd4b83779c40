package io.edgewise.ui.site;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A block of label/value pairs, as on a detail page. */
class Facts extends Div {

  Facts() {
    addClassName("ew-facts");
  }

  Facts add(String label, String value) {
    return add(label, new Span(value == null || value.isBlank() ? "—" : value));
  }

  Facts add(String label, Component value) {
    Span name = new Span(label);
    name.addClassName("ew-fact-label");
    value.getElement().getClassList().add("ew-fact-value");
    Div fact = new Div(name, value);
    fact.addClassName("ew-fact");
    super.add(fact);
    return this;
  }
}
