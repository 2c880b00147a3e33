package dev.vitrine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    @TempDir
    Path runs;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(runs)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCompletedRunIsMovedIntoPlaceUnderItsRunId() throws IOException {
        Path done;
        try (RunDirectory run = RunDirectory.begin(runs, clock)) {
            Files.writeString(run.path().resolve("pages.jsonl"), "{}\n");
            assertTrue(run.path().getFileName().toString().startsWith(RunDirectory.PARTIAL_PREFIX));
            done = run.commit();
        }
        assertEquals(runs.resolve("2026-11-23T101500Z"), done);
        assertEquals("{}\n", Files.readString(done.resolve("pages.jsonl")));
        assertEquals(List.of("2026-11-23T101500Z"), names());
    }

    @Test
    void aFailedRunLeavesNothingBehind() throws IOException {
        assertThrows(IllegalStateException.class, () -> {
            try (RunDirectory run = RunDirectory.begin(runs, clock)) {
                Files.writeString(run.path().resolve("pages.jsonl"), "half");
                throw new IllegalStateException("crawl failed");
            }
        });
        assertEquals(List.of(), names());
    }

    @Test
    void anEarlierRunIsNeverTouched() throws IOException {
        Path earlier = Files.createDirectories(runs.resolve("2026-11-23T101500Z"));
        Files.writeString(earlier.resolve("pages.jsonl"), "earlier");

        Path second;
        try (RunDirectory run = RunDirectory.begin(runs, clock)) {
            Files.writeString(run.path().resolve("pages.jsonl"), "second");
            second = run.commit();
        }
        try (RunDirectory failed = RunDirectory.begin(runs, clock)) {
            Files.writeString(failed.path().resolve("pages.jsonl"), "never committed");
        }

        assertEquals("earlier", Files.readString(earlier.resolve("pages.jsonl")));
        assertEquals(runs.resolve("2026-11-23T101500Z-2"), second);
        assertEquals(List.of("2026-11-23T101500Z", "2026-11-23T101500Z-2"), names());
        assertFalse(names().stream().anyMatch(n -> n.startsWith(RunDirectory.PARTIAL_PREFIX)));
    }
}
