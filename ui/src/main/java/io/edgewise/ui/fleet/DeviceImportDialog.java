package io.edgewise.ui.fleet;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import io.edgewise.base.error.DomainException;
import io.edgewise.fleet.DeviceCsvReader;
import io.edgewise.fleet.DeviceImportService;
import io.edgewise.ui.shell.Notices;
import java.util.Locale;
import java.util.UUID;

/**
 * Imports devices from a CSV file into one fleet: the file is read and checked first, then written
 * {@value CsvImportJob#CHUNK} rows per poll tick, so each chunk runs in an ordinary request as the
 * signed-in user while a determinate progress bar counts the rows; at the end a summary and every
 * rejected row (row, column, message).
 */
public class DeviceImportDialog extends Dialog {

  /**
   * Larger than 10,000 rows of long labels would ever need; the reader still caps the row count.
   */
  public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

  /** Poll rate while chunks are written. */
  public static final int POLL_MS = 300;

  /**
   * Poll rate while the dialog is open and idle: the upload's own request cannot tell the browser
   * to start polling, so the dialog polls slowly until an import starts.
   */
  public static final int IDLE_POLL_MS = 1000;

  private final CsvImportJob.Writer imports;
  private final Runnable imported;
  private final Checkbox upsert = new Checkbox("Update devices the fleet already has (upsert)");
  private final ProgressBar progress = new ProgressBar();
  private final Span counter = new Span();
  private final Paragraph summary = new Paragraph();
  private final Grid<CsvImportJob.RowProblem> problems = new Grid<>();
  private final Upload upload;
  private CsvImportJob job;
  private Registration polling;

  public DeviceImportDialog(
      DeviceCsvReader reader, CsvImportJob.Writer imports, UUID fleetId, Runnable imported) {
    this.imports = imports;
    this.imported = imported;
    setHeaderTitle("Import devices from CSV");
    // modeless: a modal dialog makes the page inert and Vaadin then drops the poll events that
    // write the chunks
    setModal(false);
    setCloseOnOutsideClick(false);
    setDraggable(true);
    addClassName("ew-import");
    upload =
        new Upload(
            UploadHandler.inMemory(
                (meta, bytes) -> start(reader, fleetId, meta.fileName(), bytes)));
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_FILE_BYTES);
    upload.setAcceptedFileTypes(".csv", "text/csv");
    upload.setDropLabel(
        new Span(
            "Drop a CSV file here (at most "
                + MAX_FILE_BYTES / (1024 * 1024)
                + " MB, "
                + DeviceImportService.MAX_DEVICES
                + " devices)"));
    upload.addFileRejectedListener(
        e ->
            Notices.error(
                e.getErrorMessage().toLowerCase(Locale.ROOT).contains("big")
                    ? "The file is larger than "
                        + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB; split it into several files"
                    : "Only .csv files can be imported: " + e.getErrorMessage()));
    Paragraph format =
        new Paragraph(
            "First line: "
                + DeviceCsvReader.HEADER
                + ". Labels as key=value;key2=value2; status and labels may be left out. Every row"
                + " is checked before anything is written; valid rows are then written "
                + CsvImportJob.CHUNK
                + " at a time.");
    format.addClassName("ew-secondary");
    progress.setVisible(false);
    progress.addClassName("ew-import-progress");
    counter.addClassName("ew-import-counter");
    summary.setVisible(false);
    summary.addClassName("ew-import-summary");
    problems
        .addColumn(CsvImportJob.RowProblem::row)
        .setHeader("Row")
        .setAutoWidth(true)
        .setFlexGrow(0);
    problems
        .addColumn(CsvImportJob.RowProblem::column)
        .setHeader("Column")
        .setAutoWidth(true)
        .setFlexGrow(0);
    problems.addColumn(CsvImportJob.RowProblem::message).setHeader("Problem").setFlexGrow(1);
    problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    problems.setHeight("16rem");
    problems.setVisible(false);
    add(format, upsert, upload, progress, counter, summary, problems);
    getFooter().add(new Button("Close", e -> close()));
    addAttachListener(
        e -> {
          e.getUI().setPollInterval(IDLE_POLL_MS);
          polling = e.getUI().addPollListener(poll -> tick());
        });
    addDetachListener(e -> stopPolling());
    setWidth("min(48rem, 95vw)");
  }

  /**
   * Reads the uploaded file; a file that cannot be imported at all is refused and nothing is
   * written.
   */
  void start(DeviceCsvReader reader, UUID fleetId, String fileName, byte[] csv) {
    if (job != null && !job.done()) {
      Notices.error("An import is still running; wait for it to finish");
      return;
    }
    try {
      job = CsvImportJob.read(reader, fleetId, csv, upsert.getValue());
    } catch (DomainException problem) {
      job = null;
      summary.setText(fileName + " was not imported: " + Notices.describe("This", problem));
      summary.setVisible(true);
      problems.setVisible(false);
      progress.setVisible(false);
      counter.setText("");
      Notices.error(fileName + " was not imported: " + Notices.describe("This", problem));
      return;
    }
    upsert.setEnabled(false);
    summary.setVisible(false);
    problems.setVisible(false);
    progress.setVisible(true);
    progress.setValue(0);
    showCount();
    UI.getCurrent().setPollInterval(POLL_MS);
  }

  /** One poll tick: one chunk while an import runs. */
  private void tick() {
    if (job == null || job.done()) {
      return;
    }
    job.step(imports);
    progress.setValue(job.progress());
    showCount();
    if (job.done()) {
      UI.getCurrent().setPollInterval(IDLE_POLL_MS);
      finish();
    }
  }

  private void showCount() {
    counter.setText(String.format(Locale.ROOT, "%,d of %,d rows", job.processed(), job.total()));
  }

  private void finish() {
    upsert.setEnabled(true);
    upload.clearFileList();
    summary.setText(
        String.format(
            Locale.ROOT,
            "Done: %,d created, %,d updated, %,d rejected. Each chunk of %d rows is written "
                + "all or nothing; rejected rows were not written, the other rows were.",
            job.created(),
            job.updated(),
            job.rejected(),
            CsvImportJob.CHUNK));
    summary.setVisible(true);
    problems.setItems(job.problems());
    problems.setVisible(!job.problems().isEmpty());
    imported.run();
  }

  private void stopPolling() {
    if (polling != null) {
      polling.remove();
      polling = null;
      getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }
  }

  /** The job of the last file, for tests: its counts and problems. */
  public CsvImportJob job() {
    return job;
  }

  public Upload upload() {
    return upload;
  }

  public ProgressBar progress() {
    return progress;
  }
}
