package org.aiplatform.kernel.impl.project;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.impl.KernelMessages;

/** What a valid project name and description look like, shared by REST and console. */
final class ProjectRules {
    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 4000;
    /** Letters of any script (Chinese included), digits, spaces and {@code . _ -}; starts with a letter or digit. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._-]*");

    private ProjectRules() {
    }

    /** @return the name trimmed and in Unicode NFC, so that look-alike spellings collide */
    static String name(String raw) {
        if (raw == null || raw.isBlank()) {
            throw KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "project.name_required");
        }
        String name = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (name.length() > MAX_NAME) {
            throw KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "project.name_too_long", MAX_NAME);
        }
        if (!NAME.matcher(name).matches()) {
            throw KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "project.name_invalid", name);
        }
        return name;
    }

    /** @return the unique key of a name: names are unique ignoring case */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** @return the key a typed name looks up, spelled however the user typed it */
    static String lookupKey(String raw) {
        return key(Normalizer.normalize(raw.strip(), Normalizer.Form.NFC));
    }

    /** @return the description, null when blank */
    static String description(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_DESCRIPTION) {
            throw KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "project.description_too_long",
                MAX_DESCRIPTION);
        }
        return raw;
    }

    static ApiException nameTaken(String name) {
        return KernelMessages.get().error(ErrorCode.RESOURCE_ALREADY_EXISTS, "project.name_taken", name);
    }

    static ApiException notFound(String id) {
        return KernelMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "project.not_found", id);
    }
}
