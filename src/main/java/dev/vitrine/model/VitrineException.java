package dev.vitrine.model;

/**
 * A failure the user can act on, with the exit code documented in the README. The message
 * is one sentence naming the file, key or URL at fault; it is printed without a stack trace.
 */
public class VitrineException extends RuntimeException {

    /** Exit codes, as documented in the README and DESIGN.md. */
    public enum Kind {
        USAGE(2), CONFIGURATION(3), UNREACHABLE(4), INTERNAL(5);

        public final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    private final Kind kind;

    public VitrineException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public VitrineException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static VitrineException configuration(String message) {
        return new VitrineException(Kind.CONFIGURATION, message);
    }

    public static VitrineException unreachable(String message) {
        return new VitrineException(Kind.UNREACHABLE, message);
    }

    public static VitrineException usage(String message) {
        return new VitrineException(Kind.USAGE, message);
    }

    public Kind kind() {
        return kind;
    }
}
