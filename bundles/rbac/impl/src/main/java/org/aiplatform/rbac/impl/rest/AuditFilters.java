package org.aiplatform.rbac.impl.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.audit.AuditQuery;
import org.aiplatform.rbac.impl.RbacMessages;

/**
 * Reads the query parameters of {@code GET /api/v1/audit} into an {@link AuditQuery}: blank means no filter,
 * {@code user} is a user name or id (the log stores ids), {@code action} is exact or a prefix ending with
 * {@code .*}, and {@code from}/{@code to} are ISO-8601 instants ({@code 2026-01-31T12:00:00Z}, with an offset, or
 * a date for its start in UTC).
 */
final class AuditFilters {
    private static final int MAX_TEXT = 200;

    private AuditFilters() {
    }

    /**
     * @param user a user name or id, or null
     * @param action an action or {@code prefix.*}, or null
     * @param targetType a target type, or null
     * @param targetId a target id, or null
     * @param projectId a project id, or null
     * @param from the earliest time, or null
     * @param to the time before which entries were recorded, or null
     * @param actorOf turns a user name into the actor id the log stores (returns its argument when it knows none)
     * @return the query
     * @throws org.aiplatform.kernel.api.ApiException INVALID_PARAMETER_VALUE for a time that is not ISO-8601, a
     *         range that ends before it starts, or a value too long to be real
     */
    static AuditQuery parse(String user, String action, String targetType, String targetId, String projectId,
                            String from, String to, UnaryOperator<String> actorOf) {
        String who = text(user, "user");
        Instant start = instant(from, "from");
        Instant end = instant(to, "to");
        if (start != null && end != null && !start.isBefore(end)) {
            throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "audit.range_invalid");
        }
        return new AuditQuery(who == null ? null : actorOf.apply(who), text(action, "action"),
            text(targetType, "target_type"), text(targetId, "target_id"), text(projectId, "project_id"), start, end);
    }

    private static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "audit.text_too_long", name, MAX_TEXT);
        }
        return value.strip();
    }

    static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant(); // Z or an offset
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "audit.time_invalid", name,
                    text.length() > 40 ? text.substring(0, 40) : text);
            }
        }
    }
}
