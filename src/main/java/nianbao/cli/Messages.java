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

    /**
     * The message for key with its placeholders filled; arguments are shown as given (no number grouping): a number
     * stays a number only for a placeholder with a format of its own — one that chooses a word by it
     * ({@code {0,choice,1#1 error|1<{0,number,0} errors}}) or writes it ({@code {0,number,0}}).
     */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            boolean formatted = i < formats.length && formats[i] != null;
            texts[i] = formatted && args[i] instanceof Number ? args[i] : String.valueOf(args[i]);
        }
        return format.format(texts);
    }
}
