package org.aiplatform.rbac.impl.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/** Keys and ids shared by the stores. */
public final class Names {

    private Names() {
    }

    /** @return the unique key of a name: names are unique ignoring case, in Unicode NFC */
    public static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** @return a new random id, 32 hex characters */
    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
