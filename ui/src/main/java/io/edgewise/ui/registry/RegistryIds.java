package io.edgewise.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.edgewise.registry.ModelVersion;

/** A version's sha256 shown short with the full digest on hover and a copy button. */
final class RegistryIds {

  private RegistryIds() {}

  static HorizontalLayout sha(ModelVersion version) {
    Span digest = new Span(RegistryText.shortSha(version.artifactSha256));
    digest.getElement().setAttribute("title", version.artifactSha256);
    digest.addClassName("ew-sha");
    Button copy =
        new Button(
            VaadinIcon.COPY_O.create(),
            e ->
                e.getSource()
                    .getElement()
                    .executeJs(
                        "navigator.clipboard && navigator.clipboard.writeText($0)",
                        version.artifactSha256));
    copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
    copy.setAriaLabel("Copy the sha256");
    copy.setTooltipText("Copy the full sha256");
    HorizontalLayout cell = new HorizontalLayout(digest, copy);
    cell.setSpacing(false);
    cell.setAlignItems(HorizontalLayout.Alignment.CENTER);
    return cell;
  }
}
