package org.sahelwatch.tagging;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolved actor or place mentions of an article, in the order the stages add them (not always
 * text order: an organisation is added after its field's other actors), indexed by sentence and by
 * token so that a stage reads one sentence's mentions without walking the article's. Append-only.
 */
final class IndexedMentions<M extends IndexedMentions.Located> extends AbstractList<M> {

    /** Where a mention starts: its field, sentence and first token. */
    interface Located {
        FieldText field();

        int sentence();

        int token();
    }

    /** A sentence or a token of a field. */
    private record At(FieldText field, int index) { }

    private final List<M> all = new ArrayList<>();
    private final Map<At, List<M>> bySentence = new HashMap<>();
    private final Map<At, List<M>> byToken = new HashMap<>();

    @Override
    public M get(int index) {
        return all.get(index);
    }

    @Override
    public int size() {
        return all.size();
    }

    /** Appends a mention; only at the end, so that each index keeps the order of addition. */
    @Override
    public void add(int index, M m) {
        if (index != all.size()) {
            throw new UnsupportedOperationException("mentions are only appended");
        }
        all.add(m);
        bySentence.computeIfAbsent(new At(m.field(), m.sentence()), k -> new ArrayList<>(4)).add(m);
        byToken.computeIfAbsent(new At(m.field(), m.token()), k -> new ArrayList<>(2)).add(m);
        modCount++;
    }

    /** The mentions in sentence {@code sentence} of field {@code f}, in the order they were added. */
    List<M> inSentence(FieldText f, int sentence) {
        return bySentence.getOrDefault(new At(f, sentence), List.of());
    }

    /** The mentions that start at token {@code token} of field {@code f}, in the order they were added. */
    List<M> at(FieldText f, int token) {
        return byToken.getOrDefault(new At(f, token), List.of());
    }
}
