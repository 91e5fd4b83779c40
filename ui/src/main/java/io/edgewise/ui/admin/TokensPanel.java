package io.edgewise.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.edgewise.security.ApiToken;
import io.edgewise.security.ApiTokenService;
import io.edgewise.ui.base.ServicePages;
import io.edgewise.ui.base.TimeTexts;
import io.edgewise.ui.shell.Confirm;
import io.edgewise.ui.shell.Notices;
import java.time.Instant;

/**
 * The tenant's API tokens for integrations (node credentials live with their nodes): create, and
 * revoke.
 */
class TokensPanel extends VerticalLayout {

  private final ApiTokenService tokens;
  final Checkbox showRevoked = new Checkbox("Show revoked tokens", true);
  final Grid<ApiToken> grid = new Grid<>();

  TokensPanel(ApiTokenService tokens) {
    this.tokens = tokens;
    setPadding(false);
    Button create =
        new Button(
            "New token",
            VaadinIcon.PLUS.create(),
            click ->
                new TokenDialog(
                        tokens::create,
                        issued -> {
                          grid.getDataProvider().refreshAll();
                          new SecretDialog(issued).open();
                        })
                    .open());
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    showRevoked.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    HorizontalLayout bar = new HorizontalLayout(create, showRevoked);
    bar.setAlignItems(Alignment.CENTER);
    grid.addColumn(t -> t.name)
        .setHeader("Name")
        .setSortProperty("name")
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(t -> t.role).setHeader("Role").setAutoWidth(true);
    grid.addColumn(t -> t.tokenPrefix + "…").setHeader("Starts with").setAutoWidth(true);
    grid.addColumn(t -> TimeTexts.at(t.createdAt))
        .setHeader("Created")
        .setSortProperty("createdAt")
        .setAutoWidth(true);
    grid.addColumn(t -> t.lastUsedAt == null ? "never" : TimeTexts.since(t.lastUsedAt))
        .setHeader("Last used")
        .setSortProperty("lastUsedAt")
        .setAutoWidth(true);
    grid.addColumn(t -> t.expiresAt == null ? "never" : TimeTexts.at(t.expiresAt))
        .setHeader("Expires")
        .setAutoWidth(true);
    grid.addColumn(TokensPanel::state).setHeader("Status").setKey("status").setAutoWidth(true);
    grid.addComponentColumn(this::revokeButton).setKey("actions").setWidth("7rem").setFlexGrow(0);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(
        "No API tokens yet. Integrations authenticate with a token as a Bearer credential.");
    grid.setItems(
        query ->
            ServicePages.fetch(query, "name", page -> tokens.list(showRevoked.getValue(), page)),
        query -> ServicePages.count(page -> tokens.list(showRevoked.getValue(), page)));
    add(bar, grid);
  }

  /** "Active", "Expired" or "Revoked 2026-… UTC". */
  static String state(ApiToken token) {
    if (token.revokedAt != null) {
      return "Revoked " + TimeTexts.at(token.revokedAt);
    }
    return token.usableAt(Instant.now()) ? "Active" : "Expired";
  }

  private Button revokeButton(ApiToken token) {
    Button revoke =
        new Button(
            "Revoke",
            click -> {
              Confirm.destructive(
                  "Revoke token “" + token.name + "”?",
                  "Requests that present it are refused from now on. This cannot be undone.",
                  "Revoke",
                  "Token “" + token.name + "”",
                  () -> {
                    tokens.revoke(token.id);
                    grid.getDataProvider().refreshAll();
                    Notices.success("Revoked token " + token.name);
                  });
            });
    revoke.addThemeVariants(
        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    revoke.setVisible(token.revokedAt == null);
    return revoke;
  }
}
