package io.edgewise.sso;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The application with single sign-on against the test Keycloak; every Keycloak test shares it, so
 * both start once.
 */
public class KeycloakProfile implements QuarkusTestProfile {

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(KeycloakResource.class));
  }
}
