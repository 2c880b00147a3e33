package dev.vitrine.cli;

import dev.vitrine.publish.PreviewServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vitrine serve <dir> [--port N] [--base-path /prefix/]}: preview a run's report site,
 * a published portfolio (or any folder) on 127.0.0.1.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Preview a report site or a published portfolio in a browser: serve a run folder's site/ "
                + "(or any folder, such as the --out of vitrine publish) on http://127.0.0.1 only, until Ctrl-C.",
                "Read-only (GET and HEAD), nothing cached, nothing outside the folder is ever served."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped",
            "2:usage error (unknown option, port not a number or out of range, base path not a plain path)",
            "3:the folder does not exist, or the port is already in use (choose another with --port, "
                    + "or 0 for any free port)",
            "5:internal error (re-run with -v and report it)"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dir>",
            description = "A run folder (its site/ is served), e.g. audits/acme/runs/2026-11-23T101500Z, or any folder.")
    Path dir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + PreviewServer.DEFAULT_PORT,
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--base-path", paramLabel = "PATH", defaultValue = "/",
            description = "Serve the folder under this path only, as a static host publishing it at a sub-path would"
                    + " (e.g. /clients/acme/): anything outside answers 404. Default: ${DEFAULT-VALUE}.")
    String basePath;

    @Option(names = {"-v", "--verbose"}, description = "On an error, print the stack trace too.")
    boolean verbose;

    @Override
    public Integer call() {
        Logging.configure(verbose);
        Path folder = PreviewServer.folderToServe(dir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        try (PreviewServer server = PreviewServer.start(folder, port, basePath)) {
            // Ctrl-C ends the JVM: close the server on the way out rather than mid-answer.
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "vitrine-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            if (!Files.isRegularFile(folder.resolve("index.html"))) {
                err.println("vitrine: " + folder + " has no index.html: " + server.url().getPath() + " will answer 404"
                        + (Files.isRegularFile(folder.resolve("result.json")) ? " (render the run first: vitrine render " + dir + ")" : ""));
                err.flush();
            }
            out.println("Serving " + folder + " on " + server.url() + " (Ctrl-C to stop)");
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // stopped from inside the JVM (tests): return normally
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running already
                }
            }
        }
        return 0;
    }
}
