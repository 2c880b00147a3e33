package dev.vitrine.cli;

import dev.vitrine.model.AuditDefinition;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --lang fr|en}, shared by the commands that write a report. */
final class LanguageOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The language asked for, or null to keep the audit's. */
    String language;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Report language (default: the audit's, else fr).")
    void language(String value) {
        if (!AuditDefinition.LANGUAGES.contains(value)) {
            throw new ParameterException(spec.commandLine(), "--lang must be fr or en, got \"" + value + "\"");
        }
        language = value;
    }
}
