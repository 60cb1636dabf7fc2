package org.aiplatform.rbac.impl.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.audit.AuditQuery;
import org.junit.jupiter.api.Test;

class AuditFiltersTest {
    private static final UnaryOperator<String> IDS = name -> name.equals("alice") ? "id-alice" : name;

    @Test
    void blankFiltersDoNotFilter() {
        assertEquals(AuditQuery.all(), AuditFilters.parse(" ", "", null, null, "\t", null, " ", IDS));
    }

    @Test
    void userNamesBecomeActorIdsAndTimesInstants() {
        AuditQuery query = AuditFilters.parse("alice", "auth.*", "user", "u1", "p1", "2026-01-31",
            "2026-01-31T12:00:00+08:00", IDS);
        assertEquals("id-alice", query.actor());
        assertEquals("auth.*", query.action());
        assertEquals(Instant.parse("2026-01-31T00:00:00Z"), query.from());
        assertEquals(Instant.parse("2026-01-31T04:00:00Z"), query.to());
        assertNull(AuditFilters.parse("unknown", null, null, null, null, null, null, name -> name).targetId());
    }

    @Test
    void badTimesRangesAndLengthsAreInvalidParameters() {
        for (String[] bad : new String[][] {{"yesterday", null}, {null, "12:00"},
            {"2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z"}, {"2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"}}) {
            ApiException e = assertThrows(ApiException.class,
                () -> AuditFilters.parse(null, null, null, null, null, bad[0], bad[1], IDS));
            assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, e.code());
        }
        ApiException tooLong = assertThrows(ApiException.class,
            () -> AuditFilters.parse("x".repeat(201), null, null, null, null, null, null, IDS));
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, tooLong.code());
    }
}
