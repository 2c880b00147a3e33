package dev.vitrine.crawl;

import java.io.PrintWriter;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Crawl progress on the error stream: a bar redrawn in place on a terminal, a plain log
 * line every few seconds otherwise (CI logs, redirected output).
 */
final class ProgressReporter {

    private static final long REDRAW_MILLIS = 150;
    private static final long LOG_EVERY_MILLIS = 5_000;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter out;
    private final boolean interactive;
    private final IntSupplier fetched;
    private final LongSupplier queued;
    private final IntSupplier errors;
    private final long started = System.currentTimeMillis();
    private long lastShown = started; // the first log line comes after a few seconds, not at 0 pages

    ProgressReporter(PrintWriter out, boolean interactive, IntSupplier fetched, LongSupplier queued, IntSupplier errors) {
        this.out = out;
        this.interactive = interactive;
        this.fetched = fetched;
        this.queued = queued;
        this.errors = errors;
    }

    /** Called often; draws at most every {@value #REDRAW_MILLIS} ms (or logs every few seconds). */
    void tick() {
        long now = System.currentTimeMillis();
        if (now - lastShown < (interactive ? REDRAW_MILLIS : LOG_EVERY_MILLIS)) {
            return;
        }
        lastShown = now;
        show(now, false);
    }

    void done() {
        show(System.currentTimeMillis(), true);
    }

    private void show(long now, boolean last) {
        int done = fetched.getAsInt();
        long waiting = last ? 0 : queued.getAsLong();
        String counts = String.format("%d fetched, %d queued, %d errors, %.1f s",
                done, waiting, errors.getAsInt(), (now - started) / 1000.0);
        if (interactive) {
            double share = done + waiting == 0 ? 0 : (double) done / (done + waiting);
            int filled = (int) Math.round(share * BAR_WIDTH);
            out.print("\r  crawl [" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + counts + "   ");
            if (last) {
                out.println();
            }
        } else if (!last) {
            out.println("crawl: " + counts);
        }
        out.flush();
    }
}
