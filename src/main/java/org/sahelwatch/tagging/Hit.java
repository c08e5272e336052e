package org.sahelwatch.tagging;

import java.util.List;
import org.sahelwatch.text.Span;

/** A dictionary phrase found in a field: tokens [first, end) at original span {@code span}, with what it may mean. */
record Hit(FieldText field, int first, int end, Span span, List<Entry> entries) {

    /** Whether this hit's tokens include all of {@code other}'s, in the same field. */
    boolean covers(Hit other) {
        return field == other.field && first <= other.first && other.end <= end;
    }

    /** The hit's folded tokens joined by single spaces: the key of the word lists. */
    String key() {
        StringBuilder sb = new StringBuilder();
        for (int t = first; t < end; t++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(field.token(t));
        }
        return sb.toString();
    }
}
