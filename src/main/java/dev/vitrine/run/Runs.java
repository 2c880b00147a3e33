package dev.vitrine.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The finished runs of one audit ({@code audits/<slug>/runs/}), oldest first. A run is
 * finished when it was committed (not a hidden {@code .partial-} folder) and holds a
 * result.json: an interrupted or failed run is never listed, so it never becomes the
 * "previous" run of a later one.
 */
public final class Runs {

    /** The file that makes a folder a scored run. */
    public static final String RESULT_FILE = "result.json";

    private Runs() {}

    /** Order of run ids: by time, then by the -2, -3… suffix of runs committed in the same second. */
    public static final Comparator<String> BY_RUN_ID = Comparator
            .comparing((String id) -> base(id))
            .thenComparingInt(Runs::suffix);

    /** The finished runs in {@code runsDir}, oldest first; empty when the folder does not exist. */
    public static List<Path> finished(Path runsDir) {
        if (runsDir == null || !Files.isDirectory(runsDir)) {
            return List.of();
        }
        List<Path> runs = new ArrayList<>();
        try (Stream<Path> children = Files.list(runsDir)) {
            children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve(RESULT_FILE)))
                    .forEach(runs::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the runs in " + runsDir + ": " + e.getMessage(), e);
        }
        runs.sort(Comparator.comparing(p -> p.getFileName().toString(), BY_RUN_ID));
        return List.copyOf(runs);
    }

    /** The finished runs beside {@code runDir} that came before it, oldest first. */
    public static List<Path> before(Path runDir) {
        Path dir = runDir.toAbsolutePath().normalize();
        String id = dir.getFileName().toString();
        return finished(dir.getParent()).stream()
                .filter(p -> BY_RUN_ID.compare(p.getFileName().toString(), id) < 0)
                .toList();
    }

    /** The finished run just before {@code runDir}, if any. */
    public static Optional<Path> previous(Path runDir) {
        List<Path> earlier = before(runDir);
        return earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
    }

    /** The latest finished run in {@code runsDir}, if any. */
    public static Optional<Path> latest(Path runsDir) {
        List<Path> all = finished(runsDir);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static String base(String id) {
        int dash = id.lastIndexOf('-');
        return dash > 0 && isDigits(id.substring(dash + 1)) && id.substring(0, dash).endsWith("Z") ? id.substring(0, dash) : id;
    }

    private static int suffix(String id) {
        String b = base(id);
        return b.length() == id.length() ? 1 : Integer.parseInt(id.substring(b.length() + 1));
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.length() < 6 && s.chars().allMatch(Character::isDigit);
    }
}
