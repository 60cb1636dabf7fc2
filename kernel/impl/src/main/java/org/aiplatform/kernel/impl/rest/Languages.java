package org.aiplatform.kernel.impl.rest;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;

/** Picks the response language from {@code Accept-Language}: Chinese or English (the default). */
final class Languages {

    private Languages() {
    }

    static Locale choose(HttpHeaders headers) {
        List<Locale> wanted;
        try {
            wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException e) { // outside a request, or a malformed header: not worth failing over
            return Locale.ENGLISH;
        }
        for (Locale locale : wanted) {
            if ("zh".equalsIgnoreCase(locale.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if ("en".equalsIgnoreCase(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
