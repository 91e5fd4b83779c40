/**
 * Which GPU serves each deployment replica so SLOs hold on as few GPUs as possible (Nexus, SOSP'19;
 * Kubernetes filter/score), solved with Timefold. The solver's scaled problem, ledger and plan
 * assembly are public so the lab's SLO-blind baselines ({@code planning.lab.placement}) share them.
 */
package io.edgewise.planning.placement;
