package dev.vitrine.cli;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The libraries' log (crawler4j, HikariCP, crawler-commons): warnings only, unless -v asks
 * for more. What people need to read comes through the commands' own writers instead.
 */
final class Logging {

    private Logging() {}

    static void configure(boolean verbose) {
        // Only logback is on the classpath; anything else keeps its own configuration.
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(verbose ? Level.INFO : Level.WARN);
        }
    }
}
