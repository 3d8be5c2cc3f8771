package cn.shanghai.achievements.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void recognisesALostDatabase() {
        assertTrue(ProblemMapper.databaseUnavailable(
                new RuntimeException(new SQLException("Connection refused", "08001"))));
        assertTrue(ProblemMapper.databaseUnavailable(
                new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(ProblemMapper.databaseUnavailable(new JDBCConnectionException("gone", new SQLException("x"))));
    }

    @Test
    void recognisesAQueryCancelledAtItsTimeLimit() {
        assertTrue(ProblemMapper.queryTimedOut(
                new RuntimeException(new SQLException("canceling statement due to statement timeout", "57014"))));
        assertTrue(ProblemMapper.queryTimedOut(new QueryTimeoutException("slow")));
        assertFalse(ProblemMapper.queryTimedOut(new RuntimeException(new SQLException("syntax error", "42601"))));
    }

    @Test
    void doesNotMistakeABugForAnOutage() {
        assertFalse(ProblemMapper.databaseUnavailable(new IllegalStateException("bug")));
        assertFalse(ProblemMapper.databaseUnavailable(new RuntimeException(new SQLException("syntax error", "42601"))));
    }
}
