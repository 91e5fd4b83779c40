package io.edgewise.ui.overview;

import io.edgewise.fleet.SmartDomain;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Display names of the smart domains and the short names their dashboards use in URLs. */
public final class DomainNames {

  private DomainNames() {}

  public static String title(SmartDomain domain) {
    return switch (domain) {
      case SMART_MULTIMEDIA -> "Smart multimedia";
      case SMART_TRANSPORTATION -> "Smart transportation";
      case SMART_CITY -> "Smart city";
      case SMART_INDUSTRY -> "Smart industry";
    };
  }

  /** The URL name: multimedia, transportation, city, industry. */
  public static String slug(SmartDomain domain) {
    return domain.name().substring("SMART_".length()).toLowerCase(Locale.ROOT);
  }

  /** The domain a URL name stands for, if any. */
  public static Optional<SmartDomain> fromSlug(String slug) {
    return Arrays.stream(SmartDomain.values()).filter(d -> slug(d).equals(slug)).findFirst();
  }

  /** The route of the domain's dashboard, relative to the context root. */
  public static String dashboard(SmartDomain domain) {
    return "dashboards/" + slug(domain);
  }
}
