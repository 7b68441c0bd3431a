package nianbao.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The window's user-visible strings, from {@code nianbao/ui/messages_*.properties}: Chinese unless the system speaks English. */
public final class I18n {
    private static final String BUNDLE = "nianbao.ui.messages";

    private static volatile Locale locale = defaultLocale();
    private static volatile ResourceBundle bundle = load(locale);

    private I18n() {
    }

    /** English when the system locale's language is English, Chinese (zh_CN) otherwise. */
    static Locale defaultLocale() {
        return Locale.ENGLISH.getLanguage().equals(Locale.getDefault().getLanguage())
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** Switches the language (tests, and a future language menu). */
    public static void use(Locale newLocale) {
        Locale chosen = Locale.ENGLISH.getLanguage().equals(newLocale.getLanguage())
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        bundle = load(chosen);
        locale = chosen;
    }

    public static boolean english() {
        return locale == Locale.ENGLISH;
    }

    /** The message for key with its placeholders filled; arguments are shown as given (no number grouping). */
    public static String t(String key, Object... args) {
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

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
