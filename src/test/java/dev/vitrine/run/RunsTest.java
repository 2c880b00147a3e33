package dev.vitrine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsTest {

    @TempDir
    Path runs;

    private Path run(String id, boolean scored) throws IOException {
        Path dir = Files.createDirectories(runs.resolve(id));
        if (scored) {
            Files.writeString(dir.resolve(Runs.RESULT_FILE), "{}");
        }
        return dir;
    }

    @Test
    void listsFinishedRunsOldestFirstAndSkipsPartialAndUnscoredOnes() throws IOException {
        Path second = run("2026-11-02T090000Z", true);
        Path first = run("2026-10-01T090000Z", true);
        Path sameSecond = run("2026-11-02T090000Z-2", true);
        Path tenth = run("2026-11-02T090000Z-10", true);
        run("2026-11-03T090000Z", false);
        run(RunDirectory.PARTIAL_PREFIX + "2026-11-04T090000Z-abcd1234", true);

        assertEquals(List.of(first, second, sameSecond, tenth), Runs.finished(runs));
        assertEquals(tenth, Runs.latest(runs).orElseThrow());
    }

    @Test
    void thePreviousRunIsTheLatestFinishedOneBefore() throws IOException {
        Path first = run("2026-10-01T090000Z", true);
        run("2026-10-15T090000Z", false); // failed scoring: never "previous"
        Path current = run("2026-11-01T090000Z", true);
        run("2026-12-01T090000Z", true);

        assertEquals(first, Runs.previous(current).orElseThrow());
        assertEquals(List.of(first), Runs.before(current));
        assertTrue(Runs.previous(first).isEmpty());
        assertTrue(Runs.finished(runs.resolve("missing")).isEmpty());
    }
}
