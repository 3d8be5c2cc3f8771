package cn.shanghai.achievements.common.db;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Lets one build run on PostgreSQL or on embedded H2, chosen by the JDBC URL at run time. Quarkus fixes the
 * database kind and driver at build time; the build targets PostgreSQL (the production database, with
 * Hibernate's PostgreSQL dialect) and this driver hands H2 URLs to H2 in its PostgreSQL compatibility mode.
 */
public final class RoutingDriver implements Driver {

    static {
        // H2 keeps every value it reads in a cache of its own, hashing each: with this catalogue's long text
        // columns that costs more than it saves (a CSV export of 100,000 records took 5.6 s with it, 4.3 s without).
        // Set before H2 reads its settings; an explicit -Dh2.objectCache wins.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    static final String H2_PREFIX = "jdbc:h2:";
    static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    static final String H2_COMPATIBILITY = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final Driver postgres = new org.postgresql.Driver();
    private final Driver h2 = new org.h2.Driver();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (url == null) {
            return null;
        }
        if (url.startsWith(H2_PREFIX)) {
            Properties credentials = new Properties();
            for (String key : new String[] {"user", "password"}) {
                if (info != null && info.getProperty(key) != null) {
                    credentials.setProperty(key, info.getProperty(key));
                }
            }
            return h2.connect(h2Url(url), credentials);
        }
        if (url.startsWith(POSTGRES_PREFIX)) {
            return postgres.connect(url, withBatchedInserts(url, info));
        }
        return null;
    }

    /**
     * PostgreSQL connection properties with batched inserts rewritten into multi-row inserts (one statement a batch
     * instead of one a row), unless the URL or the properties say otherwise: with Hibernate's inserts ordered by
     * table, writing 100,000 achievements took 99 s instead of 145 s.
     */
    static Properties withBatchedInserts(String url, Properties info) {
        if (url.contains("reWriteBatchedInserts")
                || (info != null && info.getProperty("reWriteBatchedInserts") != null)) {
            return info;
        }
        Properties p = new Properties();
        if (info != null) {
            p.putAll(info);
        }
        p.setProperty("reWriteBatchedInserts", "true");
        return p;
    }

    /** The H2 URL with PostgreSQL compatibility switched on, unless the URL already chooses a mode. */
    static String h2Url(String url) {
        return url.toUpperCase(Locale.ROOT).contains(";MODE=") ? url : url + H2_COMPATIBILITY;
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && (url.startsWith(H2_PREFIX) || url.startsWith(POSTGRES_PREFIX));
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return url != null && url.startsWith(H2_PREFIX)
                ? h2.getPropertyInfo(url, info)
                : postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
