package dev.vitrine.crawl;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.hshn.mi.crawler4j.frontier.HSQLDBDocIDServerImpl;
import de.hshn.mi.crawler4j.frontier.HSQLDBFrontierImpl;
import de.hshn.mi.crawler4j.url.HSQLDBWebURLFactory;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.frontier.DocIDServer;
import edu.uci.ics.crawler4j.frontier.Frontier;
import edu.uci.ics.crawler4j.frontier.FrontierConfiguration;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import edu.uci.ics.crawler4j.url.WebURL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * crawler4j's HSQLDB frontier in a database of its own. The library's
 * {@code HSQLDBFrontierConfiguration} always opens {@code jdbc:hsqldb:mem:crawler4j}, one
 * name per JVM, so a second crawl in the same process (tests, competitors) would find the
 * first crawl's URLs already "seen". Each crawl here gets a fresh in-memory database that
 * is shut down, and its memory released, when the crawl ends.
 *
 * <p>The library's frontier also asks for the next URLs with {@code ORDER BY priority},
 * which HSQLDB answers by sorting every scheduled row: milliseconds per URL and quadratic
 * over a crawl (measured: 45% of the CPU on a 5,000-page site). {@link IndexedFrontier}
 * asks without the sort; Vitrine gives every URL the same priority anyway.
 */
final class InMemoryFrontier implements FrontierConfiguration {

    private final HikariDataSource dataSource;
    private final Frontier frontier;
    private final DocIDServer docIds;
    private final WebURLFactory urlFactory = new HSQLDBWebURLFactory();

    InMemoryFrontier(CrawlConfig config, int connections) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl("jdbc:hsqldb:mem:vitrine-" + UUID.randomUUID() + ";sql.syntax_pgs=true");
        hikari.setUsername("sa");
        hikari.setPassword("");
        hikari.setMaximumPoolSize(connections);
        hikari.setPoolName("vitrine-frontier");
        dataSource = new HikariDataSource(hikari);
        createSchema();
        frontier = new IndexedFrontier(dataSource, urlFactory, config);
        docIds = new HSQLDBDocIDServerImpl(dataSource);
    }

    /** The table and sequence the library's frontier and doc-id server query. */
    private void createSchema() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SEQUENCE id_master_seq START WITH 1");
            s.execute("CREATE TABLE weburl(id bigint NOT NULL, url varchar(4096), parenturl varchar(4096),"
                    + " parentid bigint, cdepth int, priority int, anchor varchar(4096), status varchar(16),"
                    + " PRIMARY KEY (id))");
            s.execute("CREATE INDEX idx_url ON weburl (url)");
            s.execute("CREATE INDEX idx_status ON weburl (status, cdepth)");
        } catch (SQLException e) {
            dataSource.close();
            throw new IllegalStateException("cannot create the crawl frontier: " + e.getMessage(), e);
        }
    }

    @Override
    public DocIDServer getDocIDServer() {
        return docIds;
    }

    @Override
    public Frontier getFrontier() {
        return frontier;
    }

    @Override
    public WebURLFactory getWebURLFactory() {
        return urlFactory;
    }

    @Override
    public void close() {
        if (dataSource.isClosed()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN"); // an in-memory HSQLDB lives until shut down, even with no connection
        } catch (SQLException ignored) {
            // already gone
        }
        dataSource.close();
    }

    /**
     * The library's frontier with index-only "next URLs" queries that hand out URLs level by
     * level: every scheduled URL at depth d before any at d + 1. With parallel threads, plain
     * insertion order let a deep page be read before a shallow one, so links were first seen
     * (and their depth fixed by crawler4j) one level too deep: up to 4% of pages on the
     * benchmark site. HSQLDB orders equal keys of an index by row id, so each level comes out
     * in the order it was scheduled.
     */
    static final class IndexedFrontier extends HSQLDBFrontierImpl {
        private static final String NEXT = "SELECT id, url, parentid, parenturl, cdepth, priority, anchor"
                + " FROM weburl WHERE status = 'SCHEDULED' AND cdepth = ? LIMIT ?";
        private static final String LOWEST_LEVEL = "SELECT MIN(cdepth) FROM weburl WHERE status = 'SCHEDULED'";
        private static final String TAKE = "UPDATE weburl SET status = 'IN_PROCESS' WHERE id = ?";
        private static final long RECHECK_MILLIS = 50;

        private final HikariDataSource dataSource;
        private final WebURLFactory urlFactory;
        /** The depth being handed out; guarded by {@code mutex}. */
        private int level;

        IndexedFrontier(HikariDataSource dataSource, WebURLFactory urlFactory, CrawlConfig config) {
            super(dataSource, urlFactory, config);
            this.dataSource = dataSource;
            this.urlFactory = urlFactory;
        }

        @Override
        public void getNextURLs(int max, List<WebURL> result) {
            while (true) {
                synchronized (mutex) {
                    if (isFinished) {
                        return;
                    }
                    take(max, result);
                    if (!result.isEmpty()) {
                        return;
                    }
                }
                synchronized (waitingList) {
                    try {
                        // Timed: a schedule() between leaving the mutex and waiting is not missed.
                        waitingList.wait(RECHECK_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        private void take(int max, List<WebURL> result) {
            try (Connection c = dataSource.getConnection()) {
                select(c, level, max, result);
                if (result.isEmpty()) {
                    // This level is done: go to the lowest level scheduled (redirect targets
                    // and late sitemap seeds can be shallower than the current one).
                    Integer lowest = lowestLevel(c);
                    if (lowest != null) {
                        level = lowest;
                        select(c, level, max, result);
                    }
                }
                markInProcess(c, result);
            } catch (SQLException e) {
                throw new IllegalStateException("the crawl frontier failed: " + e.getMessage(), e);
            }
        }

        private void select(Connection c, int depth, int max, List<WebURL> result) throws SQLException {
            try (PreparedStatement next = c.prepareStatement(NEXT)) {
                next.setInt(1, depth);
                next.setInt(2, max);
                try (ResultSet rows = next.executeQuery()) {
                    while (rows.next()) {
                        WebURL url = urlFactory.newWebUrl();
                        url.setDocid(rows.getInt("id"));
                        url.setURL(rows.getString("url"));
                        url.setParentDocid(rows.getInt("parentid"));
                        url.setParentUrl(rows.getString("parenturl"));
                        url.setDepth(rows.getShort("cdepth"));
                        url.setPriority(rows.getByte("priority"));
                        url.setAnchor(rows.getString("anchor"));
                        result.add(url);
                    }
                }
            }
        }

        private static Integer lowestLevel(Connection c) throws SQLException {
            try (PreparedStatement lowest = c.prepareStatement(LOWEST_LEVEL); ResultSet row = lowest.executeQuery()) {
                if (row.next()) {
                    int value = row.getInt(1);
                    return row.wasNull() ? null : value;
                }
                return null;
            }
        }

        private static void markInProcess(Connection c, List<WebURL> taken) throws SQLException {
            if (taken.isEmpty()) {
                return;
            }
            try (PreparedStatement mark = c.prepareStatement(TAKE)) {
                for (WebURL url : taken) {
                    mark.setInt(1, url.getDocid());
                    mark.addBatch();
                }
                mark.executeBatch();
            }
        }
    }
}
