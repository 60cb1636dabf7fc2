package org.aiplatform.tracking.mlflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** MLflow's wire format as MLflow's server reads it (mlflow/server/handlers.py, protobuf JSON). */
class MlflowRequestTest {

    @Test
    void int64ArriveAsNumbersOrStrings() {
        MlflowRequest request = MlflowRequest.body(
            "{\"timestamp\": \"1700000000000\", \"step\": 3, \"big\": \"9223372036854775807\", \"bad\": \"1.5\"}");
        assertEquals(1_700_000_000_000L, request.requiredInt64("timestamp"));
        assertEquals(3L, request.int64("step"));
        assertEquals(Long.MAX_VALUE, request.int64("big"));
        assertNull(request.int64("absent"));
        assertInvalid(() -> request.int64("bad"));
    }

    @Test
    void doublesKeepEveryBitAndSpecialValuesArriveAsStrings() {
        MlflowRequest request = MlflowRequest.body("{\"a\": 0.30000000000000004, \"b\": \"NaN\", \"c\": \"Infinity\","
            + " \"d\": \"-Infinity\", \"e\": NaN, \"f\": \"1e-300\", \"g\": 4.9e-324, \"h\": \"x\"}");
        assertEquals(0.30000000000000004, request.requiredNumber("a"));
        assertTrue(Double.isNaN(request.requiredNumber("b")));
        assertEquals(Double.POSITIVE_INFINITY, request.requiredNumber("c"));
        assertEquals(Double.NEGATIVE_INFINITY, request.requiredNumber("d"));
        assertTrue(Double.isNaN(request.requiredNumber("e")));
        assertEquals(1e-300, request.requiredNumber("f"));
        assertEquals(Double.MIN_VALUE, request.requiredNumber("g"));
        assertInvalid(() -> request.number("h"));
    }

    @Test
    void camelCaseIsAcceptedAndUnknownFieldsIgnored() {
        MlflowRequest request = MlflowRequest.body("{\"experimentId\": \"7\", \"somethingNew\": {\"x\": 1}}");
        assertEquals("7", request.requiredString("experiment_id"));
    }

    @Test
    void runIdFallsBackToTheDeprecatedRunUuid() {
        assertEquals("abc", MlflowRequest.body("{\"run_uuid\": \"abc\"}").runId());
        assertEquals("abc", MlflowRequest.body("{\"run_id\": \"abc\", \"run_uuid\": \"abc\"}").runId());
        ApiException missing = assertThrows(ApiException.class, () -> MlflowRequest.body("{}").runId());
        assertEquals("Missing value for required parameter 'run_id'.", missing.getMessage());
    }

    @Test
    void queryParametersReadLikeABody() {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        query.add("max_results", "25000");
        query.add("stages", "Staging");
        query.add("stages", "Production");
        MlflowRequest request = MlflowRequest.query(query);
        assertEquals(25_000L, request.int64("max_results"));
        assertEquals(List.of("Staging", "Production"), request.strings("stages"));
    }

    @Test
    void malformedBodiesAndNonObjectsAreInvalid() {
        assertInvalid(() -> MlflowRequest.body("{\"name\": "));
        assertInvalid(() -> MlflowRequest.body("[1, 2]"));
        assertInvalid(() -> MlflowRequest.body("{\"tags\": {\"k\": \"v\"}}").objects("tags"));
        assertInvalid(() -> MlflowRequest.body("{\"name\": {\"k\": \"v\"}}").string("name"));
        assertNull(MlflowRequest.body("").string("name"));
    }

    private static void assertInvalid(Runnable call) {
        ApiException e = assertThrows(ApiException.class, call::run);
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, e.code());
    }
}
