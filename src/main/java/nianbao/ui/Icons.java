package nianbao.ui;

import nianbao.model.Severity;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's icons (Material Design via Ikonli), each tagged with a style class so the theme colours it. */
final class Icons {
    private Icons() {
    }

    static FontIcon severity(Severity severity) {
        return switch (severity) {
            case ERROR -> icon("mdi2a-alert-circle", "danger");
            case WARNING -> icon("mdi2a-alert", "warning");
            case INFO -> icon("mdi2i-information-outline", "accent");
        };
    }

    static FontIcon icon(String literal) {
        return new FontIcon(literal);
    }

    private static FontIcon icon(String literal, String styleClass) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add(styleClass);
        return icon;
    }
}
