package io.edgewise.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layout rules, each over a root package ({@code io.edgewise} for the product, a fixture's
 * package in {@link ArchitectureRulesTest}), so the same rule that guards the code is shown to
 * fail. A feature is the package right below the root; UI features are those below {@code root.ui}.
 */
final class ArchitectureRules {

  private ArchitectureRules() {}

  /** No feature depends, directly or through others, on itself. */
  static ArchRule featuresAreFreeOfCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  /** No UI feature depends, directly or through others, on itself. */
  static ArchRule uiFeaturesAreFreeOfCycles(String root) {
    return slices().matching(root + ".ui.(*)..").should().beFreeOfCycles();
  }

  /** A feature's repositories are its own: other features go through its services. */
  static ArchRule repositoriesStayInTheirFeature(String root) {
    return classes()
        .that(areRepositoriesOrNestedInOne())
        .and()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackage(root + ".base..")
        .should(beUsedOnlyInsideTheirFeature(root));
  }

  /** The UI talks to services, never to REST resources or their DTOs (shared paging aside). */
  static ArchRule uiUsesNoApiButBaseApi(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".ui..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(root + "..api..").and(not(resideInAPackage(root + ".base.api.."))));
  }

  /** A repository, or a type declared inside one (its filters and results belong to it too). */
  private static DescribedPredicate<JavaClass> areRepositoriesOrNestedInOne() {
    return DescribedPredicate.describe(
        "are repositories or nested in one",
        c -> c.getName().replaceFirst("\\$.*", "").endsWith("Repository"));
  }

  private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature(String root) {
    return new ArchCondition<>("be used only inside their own feature") {
      @Override
      public void check(JavaClass repository, ConditionEvents events) {
        String feature = featureOf(root, repository.getPackageName());
        for (Dependency use : repository.getDirectDependenciesToSelf()) {
          if (!feature.equals(featureOf(root, use.getOriginClass().getPackageName()))) {
            events.add(SimpleConditionEvent.violated(use, use.getDescription()));
          }
        }
      }
    };
  }

  private static String featureOf(String root, String packageName) {
    String rest =
        packageName.startsWith(root + ".") ? packageName.substring(root.length() + 1) : "";
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
