package cn.shanghai.achievements.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which database a URL reaches, and the settings the driver adds on the way. */
class RoutingDriverTest {

    @Test
    void h2UrlsGetPostgresCompatibilityUnlessTheyChooseAMode() {
        assertEquals("jdbc:h2:mem:x" + RoutingDriver.H2_COMPATIBILITY, RoutingDriver.h2Url("jdbc:h2:mem:x"));
        assertEquals("jdbc:h2:mem:x;MODE=MySQL", RoutingDriver.h2Url("jdbc:h2:mem:x;MODE=MySQL"));
    }

    @Test
    void acceptsOnlyTheTwoDatabases() {
        RoutingDriver driver = new RoutingDriver();
        assertTrue(driver.acceptsURL("jdbc:h2:mem:x"));
        assertTrue(driver.acceptsURL("jdbc:postgresql://db/catalogue"));
        assertFalse(driver.acceptsURL("jdbc:mysql://db/catalogue"));
    }
}
