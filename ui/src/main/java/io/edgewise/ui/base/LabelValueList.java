package io.edgewise.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A block of label/value pairs, as on a detail page ("Region: north", "GPUs: 4"). */
public class LabelValueList extends Div {

  public LabelValueList() {
    addClassName("ew-facts");
  }

  public LabelValueList add(String label, String value) {
    return add(label, new Span(value == null || value.isBlank() ? "—" : value));
  }

  public LabelValueList add(String label, Component value) {
    Span name = new Span(label);
    name.addClassName("ew-fact-label");
    value.getElement().getClassList().add("ew-fact-value");
    Div fact = new Div(name, value);
    fact.addClassName("ew-fact");
    super.add(fact);
    return this;
  }
}
