package io.edgewise.ui.overview;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.KaribuViewTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The overview and the shell, browserless: cards per domain, controls by role, navigation by role.
 */
@QuarkusTest
class OverviewViewTest extends KaribuViewTest {

  private static TestTenant tenant;

  @BeforeEach
  void tenant() {
    if (tenant == null) {
      tenant = TestTenant.create("kov");
    }
  }

  @Test
  void operatorsSeeFourDomainCardsAndPlanNow() {
    signIn(tenant.operatorEmail(), TestTenant.PASSWORD);
    open("");
    assertThat(currentView()).isInstanceOf(OverviewView.class);
    assertThat(_find(DomainCard.class)).hasSize(4);
    _get(Button.class, spec -> spec.withText("Plan now"));
    assertThat(_get(Span.class, spec -> spec.withClasses("ew-tenant")).getText())
        .isEqualTo("Tenant " + tenant.slug());
  }

  @Test
  void viewersSeeTheCardsButNoPlanNow() {
    signIn(tenant.viewerEmail(), TestTenant.PASSWORD);
    open("");
    assertThat(_find(DomainCard.class)).hasSize(4);
    _assertNone(Button.class, spec -> spec.withText("Plan now"));
  }
}
