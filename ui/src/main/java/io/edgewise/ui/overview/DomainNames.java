package io.edgewise.ui.overview;

import io.edgewise.fleet.SmartDomain;

/** Display names of the smart domains. */
final class DomainNames {

  private DomainNames() {}

  static String title(SmartDomain domain) {
    return switch (domain) {
      case SMART_MULTIMEDIA -> "Smart multimedia";
      case SMART_TRANSPORTATION -> "Smart transportation";
      case SMART_CITY -> "Smart city";
      case SMART_INDUSTRY -> "Smart industry";
    };
  }
}
