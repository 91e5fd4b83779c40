package io.edgewise.ui.deployment;

import io.edgewise.fleet.Fleet;
import io.edgewise.registry.Model;
import io.edgewise.registry.ModelVersion;
import io.edgewise.site.Site;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the form's combo boxes offer: the tenant's models (and each one's versions on demand),
 * fleets and sites.
 */
record DeploymentChoices(
    List<Model> models,
    Function<UUID, List<ModelVersion>> versionsOf,
    List<Fleet> fleets,
    List<Site> sites) {}
