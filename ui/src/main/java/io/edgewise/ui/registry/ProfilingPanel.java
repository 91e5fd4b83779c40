package io.edgewise.ui.registry;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import io.edgewise.base.error.DomainException;
import io.edgewise.registry.profiling.ProfilingJob;
import io.edgewise.registry.profiling.ProfilingService;
import io.edgewise.ui.base.TimeTexts;
import io.edgewise.ui.shell.Notices;
import java.util.Optional;
import java.util.UUID;

/**
 * A version's latest profiling job as the control plane runs it: queued or running with its step
 * and a progress bar (polled every second while it runs), then how it ended; operators may queue it
 * again. When a job finishes, {@code finished} runs so the page can show the new profile.
 */
final class ProfilingPanel extends Div {

  private static final int POLL_MS = 1_000;

  private final ProfilingService profiling;
  private final UUID modelId;
  private final UUID versionId;
  private final boolean operator;
  private final Runnable finished;
  private Registration polling;
  private boolean active;

  ProfilingPanel(
      ProfilingService profiling,
      UUID modelId,
      UUID versionId,
      boolean operator,
      Runnable finished) {
    this.profiling = profiling;
    this.modelId = modelId;
    this.versionId = versionId;
    this.operator = operator;
    this.finished = finished;
    addClassName("ew-profiling");
    render(latest());
  }

  private Optional<ProfilingJob> latest() {
    try {
      return Optional.of(profiling.latest(modelId, versionId));
    } catch (DomainException none) {
      return Optional.empty();
    }
  }

  private void render(Optional<ProfilingJob> job) {
    removeAll();
    active = job.map(j -> j.state.isActive()).orElse(false);
    if (job.isEmpty()) {
      add(new Span("Not profiled by the control plane."));
    } else if (active) {
      ProfilingJob j = job.get();
      ProgressBar bar = new ProgressBar(0, 1, j.progress);
      add(
          new Span(
              "Profiling "
                  + j.state.name().toLowerCase()
                  + ": "
                  + j.step
                  + " ("
                  + Math.round(j.progress * 100)
                  + " %)"),
          bar);
    } else {
      ProfilingJob j = job.get();
      Span outcome =
          new Span(
              "Profiling "
                  + j.state.name().toLowerCase()
                  + " "
                  + TimeTexts.at(j.finishedAt, "Never")
                  + ": "
                  + (j.error == null ? j.step : j.error));
      outcome.addClassName(j.error == null ? "ew-ok" : "ew-error");
      add(outcome);
    }
    if (operator && !active) {
      Button again = new Button("Profile again", e -> requeue());
      again.addThemeVariants(ButtonVariant.LUMO_SMALL);
      add(again);
    }
    poll(active);
  }

  private void requeue() {
    try {
      profiling.requeue(modelId, versionId);
      render(latest());
    } catch (DomainException e) {
      Notices.failed("Profiling", e);
    }
  }

  private void poll(boolean on) {
    UI ui = getUI().orElse(null);
    if (ui == null) {
      return;
    }
    if (on && polling == null) {
      ui.setPollInterval(POLL_MS);
      polling = ui.addPollListener(e -> tick());
    } else if (!on && polling != null) {
      stopPolling(ui);
    }
  }

  private void tick() {
    boolean wasActive = active;
    render(latest());
    if (wasActive && !active) {
      finished.run();
    }
  }

  private void stopPolling(UI ui) {
    polling.remove();
    polling = null;
    ui.setPollInterval(-1);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    poll(active);
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (polling != null) {
      stopPolling(event.getUI());
    }
  }
}
