package org.aiplatform.tracking.mlflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.tracking.api.ModelQuery;
import org.junit.jupiter.api.Test;

class RegistryFilterTest {
    @Test
    void readsMlflowsRegistryFilters() {
        assertEquals(ModelQuery.all("p"), RegistryFilter.parse("p", "  ", true));
        assertEquals(new ModelQuery("p", "churn", null, false, null, null, null, null),
            RegistryFilter.parse("p", "name = 'churn'", false));
        assertEquals(new ModelQuery("p", null, "%Ch%", true, null, null, null, Map.of("team", "a b")),
            RegistryFilter.parse("p", "name ilike '%Ch%' and tags.team = 'a b'", false));
        assertEquals(new ModelQuery("p", "m", null, false, List.of("r1", "r2"), "s3://x", 3,
                Map.of("k.1", "v")),
            RegistryFilter.parse("p", "name='m' AND run_id IN ('r1', 'r2') AND source_path = 's3://x'"
                + " AND version_number = 3 AND tags.`k.1` = 'v'", true));
        assertEquals(List.of("r"), RegistryFilter.parse("p", "run_id = \"r\"", true).runIds());
        assertEquals("c_%", RegistryFilter.parse("p", "name LIKE 'c_%'", false).namePattern());
    }

    @Test
    void refusesWhatItCannotAnswer() {
        for (String bad : List.of("name", "name = churn", "run_id = 'r'", "name != 'x'", "version_number > 2",
            "name = 'a' OR name = 'b'", "tags.k LIKE 'v%'", "foo = 'x'", "name = 'a' AND")) {
            ApiException e = assertThrows(ApiException.class, () -> RegistryFilter.parse("p", bad, false));
            assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, e.code(), bad);
        }
        assertThrows(ApiException.class, () -> RegistryFilter.parse("p", "version_number > 2", true));
    }
}
