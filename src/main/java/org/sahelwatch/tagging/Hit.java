package org.sahelwatch.tagging;

import java.util.List;
import java.util.Objects;
import org.sahelwatch.text.Span;

/**
 * A dictionary phrase found in a field: tokens [first, end) at original span {@code span}, with what it
 * may mean. Immutable; its key is built on first use and kept (the stages ask for it per reading).
 */
final class Hit {

    private final FieldText field;
    private final int first;
    private final int end;
    private final Span span;
    private final List<Entry> entries;
    private String key;

    Hit(FieldText field, int first, int end, Span span, List<Entry> entries) {
        this.field = field;
        this.first = first;
        this.end = end;
        this.span = span;
        this.entries = entries;
    }

    FieldText field() {
        return field;
    }

    int first() {
        return first;
    }

    int end() {
        return end;
    }

    Span span() {
        return span;
    }

    List<Entry> entries() {
        return entries;
    }

    /** Whether this hit's tokens include all of {@code other}'s, in the same field. */
    boolean covers(Hit other) {
        return field == other.field && first <= other.first && other.end <= end;
    }

    /** The hit's folded tokens joined by single spaces: the key of the word lists. */
    String key() {
        if (key == null) {
            StringBuilder sb = new StringBuilder();
            for (int t = first; t < end; t++) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(field.token(t));
            }
            key = sb.toString();
        }
        return key;
    }

    /** Equal as the record it was: same field, tokens, span and readings (the cached key is derived from them). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Hit h && field.equals(h.field) && first == h.first && end == h.end
                && span.equals(h.span) && entries.equals(h.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, first, end, span, entries);
    }

    @Override
    public String toString() {
        return "Hit[" + key() + " at " + first + ".." + end + ", " + entries.size() + " entries]";
    }
}
