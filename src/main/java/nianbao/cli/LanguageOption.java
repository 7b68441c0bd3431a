package nianbao.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code --lang} option: human-readable output in Chinese (default) or English. Declared on the root command
 * and inherited, so it works before or after the sub-command name.
 */
public final class LanguageOption {
    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", scope = ScopeType.INHERIT,
            description = "输出语言 / output language: zh (默认 default) or en")
    String language;

    Messages messages() {
        return Messages.forLanguage(language);
    }
}
