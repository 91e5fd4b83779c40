package io.edgewise.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Each layout rule fails on the fixture that breaks it, naming the offender, and passes without.
 */
class ArchitectureRulesTest {

  private static final String FIXTURE = "io.edgewise.architecture.fixture";
  private static final JavaClasses ALL = new ClassFileImporter().importPackages(FIXTURE);
  private static final JavaClasses SHOP_ONLY =
      new ClassFileImporter().importPackages(FIXTURE + ".shop", FIXTURE + ".base");

  @Test
  void featureCycleFails() {
    assertThatThrownBy(() -> ArchitectureRules.featuresAreFreeOfCycles(FIXTURE).check(ALL))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("InvoiceService")
        .hasMessageContaining("OrderService");
    assertThatCode(() -> ArchitectureRules.featuresAreFreeOfCycles(FIXTURE).check(SHOP_ONLY))
        .doesNotThrowAnyException();
  }

  @Test
  void uiFeatureCycleFails() {
    assertThatThrownBy(() -> ArchitectureRules.uiFeaturesAreFreeOfCycles(FIXTURE).check(ALL))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CartView")
        .hasMessageContaining("CheckoutView");
  }

  @Test
  void repositoryUsedByAnotherFeatureFails() {
    assertThatThrownBy(() -> ArchitectureRules.repositoriesStayInTheirFeature(FIXTURE).check(ALL))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("InvoiceService")
        .hasMessageContaining("OrderRepository$Filter")
        .hasMessageNotContaining("Method <" + FIXTURE + ".shop.OrderService");
    assertThatCode(() -> ArchitectureRules.repositoriesStayInTheirFeature(FIXTURE).check(SHOP_ONLY))
        .doesNotThrowAnyException();
  }

  @Test
  void uiUsingAFeatureApiFailsButBaseApiPasses() {
    assertThatThrownBy(() -> ArchitectureRules.uiUsesNoApiButBaseApi(FIXTURE).check(ALL))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("OrderView")
        .hasMessageNotContaining("PageView");
  }
}
