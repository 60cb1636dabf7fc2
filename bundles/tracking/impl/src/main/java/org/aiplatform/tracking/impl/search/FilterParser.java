package org.aiplatform.tracking.impl.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.aiplatform.tracking.impl.search.Filter.Op;
import org.aiplatform.tracking.impl.search.Token.Kind;

/**
 * Recursive descent over the filter grammar; NOT binds tighter than AND, AND tighter than OR:
 * <pre>
 * filter     := or END
 * or         := and ("OR" and)*
 * and        := unary ("AND" unary)*
 * unary      := "NOT" unary | "(" or ")" | comparison
 * comparison := identifier ( ("=" | "!=" | "<" | "<=" | ">" | ">=" | "LIKE" | "ILIKE") value
 *             | ["NOT"] "IN" "(" value ("," value)* ")" | "IS" ["NOT"] "NULL" )
 * value      := 'string' | "string" | number
 * </pre>
 */
final class FilterParser {
    private final List<Token> tokens;
    private int at;

    private FilterParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * @param filter the filter text
     * @return its tree, or null for a null or blank filter (everything matches)
     */
    static Filter parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        FilterParser parser = new FilterParser(Lexer.tokens(filter));
        Filter tree = parser.or();
        parser.expect(Kind.END, "AND, OR or the end of the filter");
        return tree;
    }

    private Filter or() {
        Filter left = and();
        while (peek().isWord("OR")) {
            at++;
            left = new Filter.Or(left, and());
        }
        return left;
    }

    private Filter and() {
        Filter left = unary();
        while (peek().isWord("AND")) {
            at++;
            left = new Filter.And(left, unary());
        }
        return left;
    }

    private Filter unary() {
        Token token = peek();
        if (token.isWord("NOT")) {
            at++;
            return new Filter.Not(unary());
        }
        if (token.kind() == Kind.LEFT_PAREN) {
            at++;
            Filter inner = or();
            expect(Kind.RIGHT_PAREN, "AND, OR or )");
            return inner;
        }
        return comparison();
    }

    private Filter comparison() {
        Token name = peek();
        if (name.kind() != Kind.WORD || isKeyword(name)) {
            throw unexpected(name, "an identifier such as metrics.loss, params.lr, tags.team or attributes.status,"
                + " NOT or (");
        }
        at++;
        Field field = Field.of(name);
        Token op = tokens.get(at++);
        if (op.kind() == Kind.OPERATOR) {
            return new Filter.Comparison(field, switch (op.text()) {
                case "=" -> Op.EQ;
                case "!=" -> Op.NE;
                case "<" -> Op.LT;
                case "<=" -> Op.LE;
                case ">" -> Op.GT;
                default -> Op.GE;
            }, List.of(value()), name.position());
        }
        if (op.isWord("LIKE") || op.isWord("ILIKE")) {
            return new Filter.Comparison(field, op.isWord("LIKE") ? Op.LIKE : Op.ILIKE, List.of(value()),
                name.position());
        }
        if (op.isWord("IN")) {
            return new Filter.Comparison(field, Op.IN, list(), name.position());
        }
        if (op.isWord("NOT") && peek().isWord("IN")) {
            at++;
            return new Filter.Comparison(field, Op.NOT_IN, list(), name.position());
        }
        if (op.isWord("IS")) {
            boolean not = peek().isWord("NOT");
            at += not ? 1 : 0;
            if (!peek().isWord("NULL")) {
                throw unexpected(peek(), not ? "NULL" : "NULL or NOT NULL");
            }
            at++;
            return new Filter.Comparison(field, not ? Op.IS_NOT_NULL : Op.IS_NULL, List.of(), name.position());
        }
        throw unexpected(op, "a comparator (=, !=, <, <=, >, >=, LIKE, ILIKE, IN, NOT IN, IS NULL, IS NOT NULL)"
            + " after " + field.shown());
    }

    private List<Object> list() {
        expect(Kind.LEFT_PAREN, "( to open the list of values");
        List<Object> values = new ArrayList<>();
        values.add(value());
        while (peek().kind() == Kind.COMMA) {
            at++;
            values.add(value());
        }
        expect(Kind.RIGHT_PAREN, ", or ) to close the list of values");
        return values;
    }

    private Object value() {
        Token token = tokens.get(at++);
        return switch (token.kind()) {
            case STRING, QUOTED -> token.text();
            case NUMBER -> number(token);
            default -> throw unexpected(token, "a value: a 'quoted string' or a number");
        };
    }

    private static BigDecimal number(Token token) {
        try {
            return new BigDecimal(token.text());
        } catch (NumberFormatException e) {
            throw unexpected(token, "a number");
        }
    }

    private Token peek() {
        return tokens.get(at);
    }

    private void expect(Kind kind, String expected) {
        Token token = tokens.get(at);
        if (token.kind() != kind) {
            throw unexpected(token, expected);
        }
        at++;
    }

    private static boolean isKeyword(Token token) {
        for (String keyword : List.of("AND", "OR", "NOT", "IN", "LIKE", "ILIKE", "IS", "NULL")) {
            if (token.isWord(keyword)) {
                return true;
            }
        }
        return false;
    }

    static RuntimeException unexpected(Token token, String expected) {
        return SearchErrors.at(token.position(), "search.expected", expected, token.shown());
    }
}
