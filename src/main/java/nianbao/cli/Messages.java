package nianbao.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's user-visible strings, from {@code nianbao/cli/messages_*.properties}; Chinese by default. */
public final class Messages {
    private static final String BUNDLE = "nianbao.cli.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages chinese() {
        return new Messages(Locale.SIMPLIFIED_CHINESE);
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    /** {@code en} gives English; anything else the default, Chinese. */
    public static Messages forLanguage(String language) {
        return "en".equalsIgnoreCase(language) ? english() : chinese();
    }

    /** The message for key with its placeholders filled; arguments are shown as given (no number grouping). */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(texts);
    }
}
