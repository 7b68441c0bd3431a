package nianbao.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The window's user-visible strings, from {@code nianbao/ui/messages_*.properties}: the language chosen in the menu,
 * else Chinese unless the system speaks English.
 */
public final class I18n {
    private static final String BUNDLE = "nianbao.ui.messages";

    private static volatile Locale locale = defaultLocale();
    private static volatile ResourceBundle bundle = load(locale);

    private I18n() {
    }

    /**
     * English when the system speaks English, Chinese (zh_CN) otherwise. The system's language is the one given to
     * the JVM ({@code -Duser.language}), else what the environment asks for ({@code LC_ALL}, {@code LC_MESSAGES},
     * {@code LANG}, as POSIX orders them) where it says — the JVM falls back to English when that locale is not
     * installed — else the JVM's own.
     */
    static Locale defaultLocale() {
        String language = explicitLanguage() ? Locale.getDefault().getLanguage()
                : systemLanguage(System.getenv(), Locale.getDefault());
        return Locale.ENGLISH.getLanguage().equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** Whether the language was given to this JVM ({@code -Duser.language=en}): it then wins over all else. */
    public static boolean explicitLanguage() {
        try {
            return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .anyMatch(a -> a.startsWith("-Duser.language="));
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static String systemLanguage(java.util.Map<String, String> environment, Locale jvm) {
        for (String name : new String[]{"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(name);
            if (value != null && !value.isBlank() && !value.equals("C") && !value.startsWith("C.")
                    && !value.equals("POSIX")) {
                return value.split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
            }
        }
        return jvm.getLanguage();
    }

    /** Switches the language (the language chosen in the menu, at start; tests). */
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
