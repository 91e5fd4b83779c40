package io.edgewise.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import io.edgewise.base.error.DomainException;
import io.edgewise.registry.ModelVersion;
import io.edgewise.ui.shell.Notices;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Uploads an ONNX file as a new version of a model. The browser streams the file into a temporary
 * file (never into memory) with Upload's own progress bar; the registry then hashes, checks and
 * stores it. The label must be valid before a file can be chosen; the result shows the sha256 and
 * size.
 */
public class VersionUploadDialog extends Dialog {

  /**
   * Stores the uploaded artifact as version {@code label} of the model; throws the registry's
   * refusal, which the dialog shows.
   */
  @FunctionalInterface
  public interface Store {
    ModelVersion store(String label, long sizeBytes, InputStream artifact);
  }

  private final Store versions;
  private final Consumer<ModelVersion> uploaded;
  private final TextField label = new TextField("Version label");
  private final Paragraph result = new Paragraph();
  private final Upload upload;

  public VersionUploadDialog(Store versions, long maxBytes, Consumer<ModelVersion> uploaded) {
    this.versions = versions;
    this.uploaded = uploaded;
    setHeaderTitle("Upload a version");
    label.setPlaceholder("1.0.0");
    label.setHelperText("Letters, digits, '.', '_', '+' and '-', starting with a letter or digit");
    label.setValueChangeMode(ValueChangeMode.EAGER);
    label.setRequired(true);
    upload = new Upload(UploadHandler.toTempFile((meta, file) -> store(meta.fileName(), file)));
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
    upload.setAcceptedFileTypes(".onnx");
    upload.setDropLabel(
        new Span("Drop an .onnx file here (at most " + RegistryText.bytes(maxBytes) + ")"));
    upload.addFileRejectedListener(
        e ->
            Notices.error(
                e.getErrorMessage().toLowerCase(Locale.ROOT).contains("big")
                    ? "The file is larger than the registry's limit of "
                        + RegistryText.bytes(maxBytes)
                    : "Only ONNX files (.onnx) can be uploaded"));
    upload.setEnabled(false);
    label.addValueChangeListener(
        e -> {
          boolean valid =
              e.getValue().matches(ModelVersion.LABEL_PATTERN)
                  && e.getValue().length() <= ModelVersion.LABEL_MAX;
          label.setInvalid(!e.getValue().isEmpty() && !valid);
          label.setErrorMessage(
              "Letters, digits, '.', '_', '+' and '-', starting with a letter or digit, at most "
                  + ModelVersion.LABEL_MAX);
          upload.setEnabled(valid);
        });
    result.addClassName("ew-upload-result");
    result.setVisible(false);
    add(label, upload, result);
    getFooter().add(new Button("Close", e -> close()));
    setWidth("min(36rem, 95vw)");
  }

  /** Hands the uploaded temporary file to the registry, then deletes it. */
  void store(String fileName, File file) {
    try (InputStream in = Files.newInputStream(file.toPath())) {
      ModelVersion version = versions.store(label.getValue(), file.length(), in);
      result.setText(
          "Uploaded "
              + fileName
              + " as version "
              + version.label
              + ": sha256 "
              + version.artifactSha256
              + ", "
              + RegistryText.bytes(version.artifactSizeBytes)
              + " ("
              + version.artifactSizeBytes
              + " bytes)");
      result.setVisible(true);
      uploaded.accept(version);
    } catch (DomainException problem) {
      result.setVisible(false);
      Notices.error(fileName + " was not stored: " + Notices.describe("This", problem));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the uploaded file", e);
    } finally {
      try {
        Files.deleteIfExists(file.toPath());
      } catch (IOException e) {
        file.deleteOnExit();
      }
    }
  }

  public TextField label() {
    return label;
  }

  public Upload upload() {
    return upload;
  }

  /** What the last upload stored, as shown to the user. */
  public Paragraph result() {
    return result;
  }
}
