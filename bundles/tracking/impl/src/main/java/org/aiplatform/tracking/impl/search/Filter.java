package org.aiplatform.tracking.impl.search;

import java.util.List;

/** The tree a filter parses to. */
sealed interface Filter {

    record And(Filter left, Filter right) implements Filter {
    }

    record Or(Filter left, Filter right) implements Filter {
    }

    record Not(Filter inner) implements Filter {
    }

    /**
     * {@code identifier comparator value(s)}.
     *
     * @param field what is compared
     * @param op the comparator
     * @param values none for IS [NOT] NULL, several for [NOT] IN, else one; each a String or a BigDecimal
     * @param position where the comparison starts, for messages
     */
    record Comparison(Field field, Op op, List<Object> values, int position) implements Filter {
        public Comparison {
            values = List.copyOf(values);
        }
    }

    /** The comparators; {@code symbol} is how messages show them. */
    enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), LIKE("LIKE"), ILIKE("ILIKE"), IN("IN"),
        NOT_IN("NOT IN"), IS_NULL("IS NULL"), IS_NOT_NULL("IS NOT NULL");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        boolean isNumeric() {
            return this == LT || this == LE || this == GT || this == GE;
        }
    }
}
