package org.aiplatform.tracking.impl.search;

/**
 * One token of a filter or order clause.
 *
 * @param kind what it is
 * @param text a word, a string's content, a number's digits or an operator
 * @param quotedKey for an identifier written {@code prefix."key"} or {@code prefix.`key`}: the key, else null
 * @param position where it starts, 0-based, for error messages
 */
record Token(Kind kind, String text, String quotedKey, int position) {
    enum Kind {
        /** A word: a keyword or an identifier such as {@code metrics.loss}. */
        WORD,
        /** A single-quoted string. */
        STRING,
        /** A double-quoted string: a value, as MLflow accepts. */
        QUOTED,
        NUMBER,
        OPERATOR,
        LEFT_PAREN,
        RIGHT_PAREN,
        COMMA,
        END
    }

    boolean isWord(String keyword) {
        return kind == Kind.WORD && quotedKey == null && text.equalsIgnoreCase(keyword);
    }

    /** @return the token as the user wrote it, for messages */
    String shown() {
        return switch (kind) {
            case END -> "the end";
            case STRING -> "'" + text + "'";
            case QUOTED -> "\"" + text + "\"";
            default -> quotedKey == null ? "'" + text + "'" : "'" + text + ".\"" + quotedKey + "\"'";
        };
    }
}
