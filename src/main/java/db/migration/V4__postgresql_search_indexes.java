package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Once created trigram indexes (pg_trgm) for the text filters on PostgreSQL. It needed {@code create extension},
 * which a service role that is not a superuser (the usual set-up on a database a DBA created) may not run, so
 * start-up failed there. Search no longer runs in the database, so the migration now does nothing; databases where
 * it ran keep the indexes until a later migration drops the columns they index. It stays, as a no-op, because
 * Flyway's history names it.
 */
public class V4__postgresql_search_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        // nothing: see the class comment
    }
}
