package cn.shanghai.achievements.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Which database a URL reaches, and the settings the driver adds on the way. */
class RoutingDriverTest {

    @Test
    void h2UrlsGetPostgresCompatibilityUnlessTheyChooseAMode() {
        assertEquals("jdbc:h2:mem:x" + RoutingDriver.H2_COMPATIBILITY, RoutingDriver.h2Url("jdbc:h2:mem:x"));
        assertEquals("jdbc:h2:mem:x;MODE=MySQL", RoutingDriver.h2Url("jdbc:h2:mem:x;MODE=MySQL"));
    }

    @Test
    void postgresBatchesAreRewrittenUnlessConfiguredOtherwise() {
        Properties given = new Properties();
        given.setProperty("user", "catalogue");
        Properties used = RoutingDriver.withBatchedInserts("jdbc:postgresql://db/catalogue", given);
        assertEquals("true", used.getProperty("reWriteBatchedInserts"));
        assertEquals("catalogue", used.getProperty("user"));
        assertNull(given.getProperty("reWriteBatchedInserts"), "the caller's properties are not changed");

        Properties off = new Properties();
        off.setProperty("reWriteBatchedInserts", "false");
        assertEquals(
                "false",
                RoutingDriver.withBatchedInserts("jdbc:postgresql://db/catalogue", off)
                        .getProperty("reWriteBatchedInserts"));
        assertFalse(
                RoutingDriver.withBatchedInserts("jdbc:postgresql://db/c?reWriteBatchedInserts=false", new Properties())
                        .containsKey("reWriteBatchedInserts"));
    }

    @Test
    void acceptsOnlyTheTwoDatabases() {
        RoutingDriver driver = new RoutingDriver();
        assertTrue(driver.acceptsURL("jdbc:h2:mem:x"));
        assertTrue(driver.acceptsURL("jdbc:postgresql://db/catalogue"));
        assertFalse(driver.acceptsURL("jdbc:mysql://db/catalogue"));
    }
}
