package nianbao.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nianbao.export.ExportFormat;

import java.io.File;
import java.nio.file.Path;

/**
 * Asks for an export's format and target: a file for one report, a folder for several; the path can be typed or
 * picked with the system's chooser.
 */
final class ExportDialog extends Dialog<ExportDialog.Request> {
    static final String ID = "export-dialog";

    /** The chosen format and target (a file, or a folder for several reports). */
    record Request(ExportFormat format, Path target) {
    }

    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final TextField target = new TextField();
    private final boolean folder;

    /** {@code suggested}: the file (or folder) proposed; {@code folder}: whether a folder is asked for. */
    ExportDialog(Window owner, String header, Path suggested, boolean folder) {
        this.folder = folder;
        initOwner(owner);
        setTitle(I18n.t("export.title"));
        setHeaderText(header);
        getDialogPane().setId(ID);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : name(f);
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.setValue(ExportFormat.PDF);
        format.setId("export-format");
        target.setText(suggested.toString());
        target.setId("export-target");
        target.setPrefColumnCount(36);
        format.valueProperty().addListener((obs, old, now) -> followExtension(old, now));
        Button browse = new Button(I18n.t("export.browse"));
        browse.setId("export-browse");
        browse.setOnAction(e -> browse());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(10);
        grid.setPadding(new Insets(12, 12, 4, 12));
        grid.addRow(0, new Label(I18n.t("export.format")), format);
        grid.addRow(1, new Label(folder ? I18n.t("export.folder") : I18n.t("export.file")), target, browse);
        GridPane.setHgrow(target, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(I18n.t("export.ok"), ButtonType.OK.getButtonData());
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(target.textProperty().isEmpty());
        setResultConverter(button -> button == ok ? request() : null);
    }

    /** The shown name of a format, e.g. PDF 审核意见. */
    static String name(ExportFormat f) {
        return switch (f) {
            case PDF -> I18n.t("export.format.pdf");
            case XLSX -> I18n.t("export.format.xlsx");
            case JSON -> I18n.t("export.format.json");
            case CSV -> I18n.t("export.format.csv");
        };
    }

    private Request request() {
        Path path = Path.of(target.getText().strip());
        return new Request(format.getValue(), folder ? path : ExportTargets.withExtension(path, format.getValue()));
    }

    /** A file target keeps the extension of the chosen format. */
    private void followExtension(ExportFormat old, ExportFormat now) {
        String text = target.getText();
        if (!folder && old != null && now != null && text.toLowerCase(java.util.Locale.ROOT).endsWith(old.extension())) {
            target.setText(text.substring(0, text.length() - old.extension().length()) + now.extension());
        }
    }

    private void browse() {
        Path current = target.getText().isBlank() ? null : Path.of(target.getText().strip()).toAbsolutePath();
        File chosen;
        if (folder) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(I18n.t("export.folder"));
            if (current != null && current.toFile().isDirectory()) {
                chooser.setInitialDirectory(current.toFile());
            }
            chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("export.file"));
            ExportFormat f = format.getValue();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(name(f), "*" + f.extension()));
            if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
                chooser.setInitialFileName(current.getFileName().toString());
            }
            chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        }
        if (chosen != null) {
            target.setText(chosen.getAbsolutePath());
        }
    }
}
