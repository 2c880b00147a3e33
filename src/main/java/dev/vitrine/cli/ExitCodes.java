package dev.vitrine.cli;

import dev.vitrine.model.VitrineException;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;

/** Exit codes of DESIGN.md: 2 usage, then the kind of a VitrineException, else 5 internal error. */
final class ExitCodes implements IExitCodeExceptionMapper {

    @Override
    public int getExitCode(Throwable failure) {
        Throwable t = failure;
        while (t instanceof ExecutionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ParameterException) {
            return VitrineException.Kind.USAGE.exitCode;
        }
        if (t instanceof VitrineException vitrine) {
            return vitrine.kind().exitCode;
        }
        return VitrineException.Kind.INTERNAL.exitCode;
    }
}
