package org.aiplatform.kernel.impl.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.project.NewProject;
import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectChanges;
import org.aiplatform.kernel.api.project.ProjectState;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class PlatformJsonTest {
    private final ObjectMapper mapper = PlatformJson.newMapper();

    @Test
    void writesSnakeCaseIsoInstantsAndNoNullsOrHelpers() throws Exception {
        Project p = new Project("id1", "demo", null, ProjectState.ACTIVE, "alice",
            Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-22T10:00:01Z"));
        String json = mapper.writeValueAsString(p);
        assertEquals("{\"id\":\"id1\",\"name\":\"demo\",\"state\":\"ACTIVE\",\"owner\":\"alice\","
            + "\"created_at\":\"2026-11-22T10:00:00Z\",\"updated_at\":\"2026-11-22T10:00:01Z\"}", json);
        assertFalse(mapper.writeValueAsString(new ProjectChanges(null, null, null)).contains("empty"));
    }

    @Test
    void readsRecordsFromSnakeCase() throws Exception {
        assertEquals(new NewProject("a", "b"), mapper.readValue("{\"name\":\"a\",\"description\":\"b\"}",
            NewProject.class));
        assertEquals(ProjectState.ARCHIVED, mapper.readValue("{\"state\":\"ARCHIVED\"}", ProjectChanges.class)
            .state());
    }

    @Test
    void explainsEachKindOfBadBody() {
        assertError("{\"name\": ", ErrorCode.BAD_REQUEST, "Malformed JSON at line 1");
        assertError("{\"name\": \"a\"} x", ErrorCode.BAD_REQUEST, "Malformed JSON");
        assertError("{\"name\": \"a\", \"name\": \"b\"}", ErrorCode.BAD_REQUEST, "Malformed JSON");
        assertError("{\"nmae\": \"a\"}", ErrorCode.INVALID_PARAMETER_VALUE, "Unknown field 'nmae'");
        assertError("{\"name\": 5}", ErrorCode.INVALID_PARAMETER_VALUE, "Field 'name' must be a JSON string");
        assertError("{\"name\": true}", ErrorCode.INVALID_PARAMETER_VALUE, "Field 'name' must be a JSON string");
        assertError("{\"name\": [\"a\"]}", ErrorCode.INVALID_PARAMETER_VALUE, "Field 'name' must be a JSON string");
        assertError("[]", ErrorCode.INVALID_PARAMETER_VALUE, "must be a JSON object");
        assertError("", ErrorCode.INVALID_PARAMETER_VALUE, "A JSON request body is required");
    }

    @Test
    void namesTheAllowedEnumValues() {
        ApiException e = read("{\"state\": \"DELETED\"}", ProjectChanges.class);
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, e.code());
        assertEquals("Invalid value 'DELETED' for 'state': expected one of ACTIVE, ARCHIVED", e.getMessage());
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("应为"), e.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, read("{\"state\": 1}", ProjectChanges.class).code());
    }

    private void assertError(String body, ErrorCode code, String message) {
        ApiException e = read(body, NewProject.class);
        assertEquals(code, e.code(), body);
        assertTrue(e.getMessage().startsWith(message) || e.getMessage().contains(message),
            body + " -> " + e.getMessage());
        assertFalse(e.getMessage().contains("java."), "no Java type names: " + e.getMessage());
    }

    private ApiException read(String body, Class<?> type) {
        JsonProcessingException failure = assertThrows(JsonProcessingException.class,
            () -> mapper.readValue(body, type));
        return JsonErrors.describe(failure);
    }
}
