package dev.vitrine.cli;

import dev.vitrine.model.AuditFiles;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vitrine init <slug> --website URL}: a commented audit.yaml to edit before the first audit. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Write <audits>/<slug>/audit.yaml, a commented template to edit, and print its path.")
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<slug>",
            description = "The audit's folder name: lower-case letters, digits and dashes, e.g. boulangerie-martin.")
    String slug;

    private URI website;

    @Option(names = "--company", paramLabel = "NAME", description = "The company's name (default: the website's host).")
    String company;

    @Option(names = "--audits", paramLabel = "DIR", defaultValue = "audits",
            description = "Folder of all audits (default: ${DEFAULT-VALUE}).")
    Path audits;

    @Option(names = {"-v", "--verbose"}, description = "On an error, print the stack trace too.")
    boolean verbose;

    @Option(names = "--website", required = true, paramLabel = "URL",
            description = "The company's site, e.g. https://www.boulangerie-martin.fr/")
    void website(String value) {
        try {
            website = AuditFiles.webUrl(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--website " + e.getMessage());
        }
    }

    @Override
    public Integer call() {
        // Checked before the slug becomes part of a path.
        AuditFiles.checkSlug(slug);
        Path auditDir = audits.resolve(slug);
        Path file = auditDir.resolve(AuditFiles.FILE_NAME);
        AuditFiles.writeTemplate(file, slug, company, website);
        spec.commandLine().getOut().println("Edit it, then run: vitrine audit " + auditDir);
        spec.commandLine().getOut().println(file);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
