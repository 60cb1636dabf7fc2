package org.aiplatform.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages messages = new Messages(MessagesTest.class, "org.aiplatform.kernel.api.test_messages");

    @Test
    void rendersTheCallersLanguageAndFallsBackToEnglish() {
        assertEquals("项目 demo 不存在", messages.format(Locale.SIMPLIFIED_CHINESE, "greeting", "demo"));
        assertEquals("Project demo not found", messages.format(Locale.GERMAN, "greeting", "demo"));
        assertEquals("Project demo not found", messages.format(null, "greeting", "demo"));
    }

    @Test
    void exceptionKeepsEnglishMessageAndTranslatesOnDemand() {
        ApiException e = messages.error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "greeting", "x");
        assertEquals("Project x not found", e.getMessage());
        assertEquals("项目 x 不存在", e.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(404, e.code().httpStatus());
    }

    @Test
    void unknownKeyShowsTheKey() {
        assertEquals("no.such.key", messages.format(Locale.ENGLISH, "no.such.key"));
    }
}
