package dev.vitrine.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * A run being written: a hidden temporary folder beside the finished runs, moved into
 * place in one rename when the run completes. An interrupted or failed run leaves nothing
 * behind (the folder is deleted on close, and on Ctrl-C by a shutdown hook), and earlier
 * runs are never opened for writing.
 */
public final class RunDirectory implements AutoCloseable {

    private static final DateTimeFormatter RUN_ID =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Temporary folders start with this, so listings of runs can skip them. */
    public static final String PARTIAL_PREFIX = ".partial-";

    private final Path runsDir;
    private final String runId;
    private final Path temp;
    private final Thread cleanupOnExit;
    private Path committed;

    private RunDirectory(Path runsDir, String runId, Path temp) {
        this.runsDir = runsDir;
        this.runId = runId;
        this.temp = temp;
        this.cleanupOnExit = new Thread(this::deleteTemp, "vitrine-run-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    /** Starts a run under {@code runsDir} (created if missing), named from the clock. */
    public static RunDirectory begin(Path runsDir, Clock clock) {
        try {
            Files.createDirectories(runsDir);
            String runId = RUN_ID.format(clock.instant());
            Path temp = runsDir.resolve(PARTIAL_PREFIX + runId + "-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectory(temp);
            return new RunDirectory(runsDir, runId, temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run folder in " + runsDir + ": " + e.getMessage(), e);
        }
    }

    /** Where the run's files are written until {@link #commit()}. */
    public Path path() {
        return temp;
    }

    public String runId() {
        return runId;
    }

    /** Moves the finished run to {@code runsDir/<run-id>} (suffixed -2, -3… if taken) and returns it. */
    public Path commit() {
        for (int attempt = 1; ; attempt++) {
            Path target = runsDir.resolve(attempt == 1 ? runId : runId + "-" + attempt);
            try {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target);
                }
                committed = target;
                return target;
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                if (Files.exists(target) && attempt < 100) {
                    continue; // some file systems report a taken name as a plain IOException
                }
                throw new UncheckedIOException("cannot move the finished run to " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /** Deletes the temporary folder unless the run was committed. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it deletes the folder itself
        }
        deleteTemp();
    }

    private void deleteTemp() {
        if (committed == null) {
            Folders.delete(temp); // a leftover hidden .partial- folder is never read as a run
        }
    }
}
