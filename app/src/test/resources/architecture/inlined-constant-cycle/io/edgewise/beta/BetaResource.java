package io.edgewise.beta;

import io.edgewise.alpha.Roles;
import jakarta.annotation.security.RolesAllowed;

// Fixture for SourceImportCyclesTest: only an inlined constant leads back to alpha, so the class
// files show no beta -> alpha dependency. Read as text and never compiled.
@RolesAllowed(Roles.ADMIN)
public class BetaResource {}
