package org.aiplatform.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void tokenOfAPageResumesAtItsCursor() {
        Page<String> page = Page.of(List.of("a", "b"), "b-key");
        PageRequest next = PageRequest.parse("2", page.nextPageToken());
        assertEquals("b-key", next.cursor());
        assertEquals(2, next.maxResults());
    }

    @Test
    void defaultsApplyWhenParametersAreAbsent() {
        PageRequest first = PageRequest.parse(null, "");
        assertNull(first.cursor());
        assertEquals(PageRequest.DEFAULT_MAX_RESULTS, first.maxResults());
    }

    @Test
    void lastPageHasNoToken() {
        assertNull(Page.of(List.of("a"), null).nextPageToken());
    }

    @Test
    void rejectsMalformedSizesAndForeignTokens() {
        for (String size : new String[] {"abc", "0", "-1", "1001", "1.5"}) {
            ApiException e = assertThrows(ApiException.class, () -> PageRequest.parse(size, null), size);
            assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, e.code());
        }
        for (String token : new String[] {"%%%", "bm90LW91cnM", "eyJvZmZzZXQiOiAzfQ"}) {
            ApiException e = assertThrows(ApiException.class, () -> PageRequest.parse(null, token), token);
            assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, e.code());
        }
    }
}
