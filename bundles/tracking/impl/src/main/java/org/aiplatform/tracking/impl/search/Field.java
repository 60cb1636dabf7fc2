package org.aiplatform.tracking.impl.search;

import java.util.Locale;
import java.util.Map;

/**
 * An identifier: what it belongs to and its key, {@code metrics.loss} or {@code attributes.status}.
 *
 * @param entity metrics, params, tags or attributes
 * @param key the metric, param or tag key, or the attribute name
 * @param position where it starts, for messages
 */
record Field(Entity entity, String key, int position) {
    enum Entity {
        METRIC, PARAM, TAG, ATTRIBUTE
    }

    /** MLflow's prefixes and their aliases. */
    private static final Map<String, Entity> PREFIXES = Map.of("metrics", Entity.METRIC, "metric", Entity.METRIC,
        "params", Entity.PARAM, "param", Entity.PARAM, "parameters", Entity.PARAM, "tags", Entity.TAG,
        "tag", Entity.TAG, "attributes", Entity.ATTRIBUTE, "attribute", Entity.ATTRIBUTE, "attr", Entity.ATTRIBUTE);

    /**
     * @param token a WORD token
     * @return the field it names; a word without a prefix is an attribute ({@code status}, {@code name})
     */
    static Field of(Token token) {
        String text = token.text();
        if (token.quotedKey() != null) {
            return new Field(entity(text, token), token.quotedKey(), token.position());
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return new Field(Entity.ATTRIBUTE, text.toLowerCase(Locale.ROOT), token.position());
        }
        String key = text.substring(dot + 1);
        if (key.isEmpty()) {
            throw SearchErrors.at(token.position() + dot + 1, "search.expected", "a key after the prefix",
                "the end of " + token.shown());
        }
        Entity entity = entity(text.substring(0, dot), token);
        return new Field(entity, entity == Entity.ATTRIBUTE ? key.toLowerCase(Locale.ROOT) : key, token.position());
    }

    private static Entity entity(String prefix, Token token) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        Entity entity = lower.equals("run") ? Entity.ATTRIBUTE : PREFIXES.get(lower);
        if (entity == null) {
            throw SearchErrors.at(token.position(), "search.expected",
                "metrics., params., tags. or attributes.", "'" + prefix + ".'");
        }
        return entity;
    }

    /** @return the identifier as messages show it */
    String shown() {
        return entity.name().toLowerCase(Locale.ROOT) + (entity == Entity.ATTRIBUTE ? "" : "s") + "." + key;
    }
}
