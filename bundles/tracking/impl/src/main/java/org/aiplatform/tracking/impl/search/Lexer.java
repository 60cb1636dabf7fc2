package org.aiplatform.tracking.impl.search;

import java.util.ArrayList;
import java.util.List;

import org.aiplatform.tracking.impl.search.Token.Kind;

/** Splits a filter or order clause into tokens; quotes double to escape themselves ({@code 'it''s'}). */
final class Lexer {
    private final String source;
    private int at;

    private Lexer(String source) {
        this.source = source;
    }

    /** @return the tokens, ending with an END token */
    static List<Token> tokens(String source) {
        Lexer lexer = new Lexer(source);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (token.kind() != Kind.END);
        return tokens;
    }

    private Token next() {
        while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
            at++;
        }
        int start = at;
        if (at == source.length()) {
            return new Token(Kind.END, "", null, start);
        }
        char c = source.charAt(at);
        switch (c) {
            case '(' -> { at++; return new Token(Kind.LEFT_PAREN, "(", null, start); }
            case ')' -> { at++; return new Token(Kind.RIGHT_PAREN, ")", null, start); }
            case ',' -> { at++; return new Token(Kind.COMMA, ",", null, start); }
            case '\'' -> { return new Token(Kind.STRING, quoted('\''), null, start); }
            case '"' -> { return new Token(Kind.QUOTED, quoted('"'), null, start); }
            case '`' -> throw SearchErrors.at(start, "search.expected", "a prefix such as metrics. before `",
                "`");
            default -> { }
        }
        if (c == '=' || c == '<' || c == '>' || c == '!') {
            return operator(start);
        }
        if (Character.isDigit(c) || ((c == '-' || c == '+' || c == '.') && at + 1 < source.length()
            && (Character.isDigit(source.charAt(at + 1)) || source.charAt(at + 1) == '.'))) {
            return number(start);
        }
        if (isWordChar(c)) {
            return word(start);
        }
        throw SearchErrors.at(start, "search.unexpected_char", String.valueOf(c));
    }

    private Token operator(int start) {
        String two = source.length() >= at + 2 ? source.substring(at, at + 2) : "";
        if (two.equals("<=") || two.equals(">=") || two.equals("!=") || two.equals("<>") || two.equals("==")) {
            at += 2;
            return new Token(Kind.OPERATOR, two.equals("<>") ? "!=" : two.equals("==") ? "=" : two, null, start);
        }
        char c = source.charAt(at);
        if (c == '!') {
            throw SearchErrors.at(start, "search.expected", "!=", "'!'");
        }
        at++;
        return new Token(Kind.OPERATOR, String.valueOf(c), null, start);
    }

    private Token number(int start) {
        at++;
        while (at < source.length() && (Character.isLetterOrDigit(source.charAt(at)) || source.charAt(at) == '.'
            || ((source.charAt(at) == '-' || source.charAt(at) == '+')
            && Character.toLowerCase(source.charAt(at - 1)) == 'e'))) {
            at++;
        }
        return new Token(Kind.NUMBER, source.substring(start, at), null, start);
    }

    /** A word; {@code prefix."key"} or {@code prefix.`key`} makes one identifier token with a quoted key. */
    private Token word(int start) {
        while (at < source.length() && isWordChar(source.charAt(at))) {
            at++;
        }
        String text = source.substring(start, at);
        if (text.endsWith(".") && at < source.length() && (source.charAt(at) == '"' || source.charAt(at) == '`')) {
            String key = quoted(source.charAt(at));
            return new Token(Kind.WORD, text.substring(0, text.length() - 1), key, start);
        }
        return new Token(Kind.WORD, text, null, start);
    }

    private String quoted(char quote) {
        int start = at;
        at++;
        StringBuilder text = new StringBuilder();
        while (at < source.length()) {
            char c = source.charAt(at++);
            if (c != quote) {
                text.append(c);
            } else if (at < source.length() && source.charAt(at) == quote) {
                text.append(quote);
                at++;
            } else {
                return text.toString();
            }
        }
        throw SearchErrors.at(start, "search.unterminated", String.valueOf(quote));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
}
