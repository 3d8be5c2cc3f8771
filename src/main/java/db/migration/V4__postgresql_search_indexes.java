package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Trigram indexes (pg_trgm) that make the text filters ({@code like '%…%'} over the precomputed search keys)
 * fast on PostgreSQL. PostgreSQL only: on the embedded H2 this migration does nothing. A Java migration,
 * because the SQL exists on one of the two databases alone.
 */
public class V4__postgresql_search_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("create extension if not exists pg_trgm");
            s.execute(
                    "create index if not exists achievement_search_text_trgm on achievement using gin (search_text gin_trgm_ops)");
            s.execute(
                    "create index if not exists achievement_search_squash_trgm on achievement using gin (search_squash gin_trgm_ops)");
            s.execute(
                    "create index if not exists institution_search_text_trgm on institution using gin (search_text gin_trgm_ops)");
            s.execute(
                    "create index if not exists institution_search_squash_trgm on institution using gin (search_squash gin_trgm_ops)");
        }
    }
}
