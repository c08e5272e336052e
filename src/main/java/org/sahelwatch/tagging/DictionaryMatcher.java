package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

/**
 * Finds every dictionary phrase in a text in one pass over its tokens: a trie over word tokens
 * (not characters), so matches are whole words by construction. Phrases and texts are folded the
 * same way ({@link TextNormalizer}), so case, accents, apostrophe styles and hyphens do not matter.
 *
 * <p>Immutable once built and safe to share between threads: matching allocates nothing but what
 * the sink does (the token ids of a text go to a per-thread scratch array). Token lookup hashes the characters of the folded text in place (no substring),
 * and trie edges live in one open-addressing table keyed by (node, token id).
 */
public final class DictionaryMatcher {

    /** Receives each match: tokens [firstToken, endToken) carry the phrase of each entry id. */
    @FunctionalInterface
    public interface MatchSink {
        void accept(int firstToken, int endToken, int[] entryIds);
    }

    private final Vocabulary vocabulary;
    /** Children of the root by token id (-1: none): the first step of every walk without hashing. */
    private final int[] rootChildren;
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int edgeMask;
    private final int[][] terminals;
    private final int maxDepth;

    private DictionaryMatcher(Vocabulary vocabulary, long[] edgeKeys, int[] edgeTargets, int[][] terminals,
                              int maxDepth) {
        this.vocabulary = vocabulary;
        this.rootChildren = new int[vocabulary.size()];
        java.util.Arrays.fill(rootChildren, -1);
        this.edgeKeys = edgeKeys;
        this.edgeTargets = edgeTargets;
        this.edgeMask = edgeKeys.length - 1;
        this.terminals = terminals;
        this.maxDepth = maxDepth;
        for (int id = 0; id < rootChildren.length; id++) {
            rootChildren[id] = child(0, id);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reports every phrase occurrence, for every start token, shortest first. */
    public void match(Tokens tokens, MatchSink sink) {
        String text = tokens.text();
        int count = tokens.count();
        IdScratch scratch = IdScratch.acquire(count);
        try {
            int[] ids = scratch.ids;
            Vocabulary vocabulary = this.vocabulary;
            for (int t = 0; t < count; t++) {
                ids[t] = vocabulary.find(text, tokens.start(t), tokens.end(t), tokens.hash(t));
            }
            int[] rootChildren = this.rootChildren;
            for (int first = 0; first < count; first++) {
                int firstId = ids[first];
                if (firstId >= 0) {
                    int node = rootChildren[firstId];
                    if (node >= 0) { // most words start no phrase
                        walk(ids, count, first, node, sink);
                    }
                }
            }
        } finally {
            scratch.release();
        }
    }

    /** Reports the phrases that start at token {@code first}, whose first token leads to {@code node}. */
    private void walk(int[] ids, int count, int first, int node, MatchSink sink) {
        int limit = Math.min(count, first + maxDepth);
        int t = first;
        while (true) {
            int[] entries = terminals[node];
            if (entries != null) {
                sink.accept(first, t + 1, entries);
            }
            if (++t >= limit) {
                return;
            }
            int id = ids[t];
            if (id < 0) {
                return;
            }
            node = child(node, id);
            if (node < 0) {
                return;
            }
        }
    }

    /**
     * The per-thread array of token ids: the matcher is shared by the stream threads, so it keeps no
     * mutable state of its own. A sink that matches again on the same thread gets a fresh array.
     */
    private static final class IdScratch {
        private static final ThreadLocal<IdScratch> CURRENT = ThreadLocal.withInitial(IdScratch::new);
        private static final int KEEP = 1 << 18;
        int[] ids = new int[1024];
        boolean inUse;

        static IdScratch acquire(int count) {
            IdScratch scratch = CURRENT.get();
            if (scratch.inUse) {
                scratch = new IdScratch();
            }
            if (scratch.ids.length < count) {
                scratch.ids = new int[Math.max(count, scratch.ids.length * 2)];
            }
            scratch.inUse = true;
            return scratch;
        }

        void release() {
            inUse = false;
            if (ids.length > KEEP) {
                ids = new int[1024];
            }
        }
    }

    /** Number of distinct phrases (for diagnostics). */
    public int phraseCount() {
        int n = 0;
        for (int[] t : terminals) {
            if (t != null) {
                n++;
            }
        }
        return n;
    }

    private int child(int node, int tokenId) {
        long key = edgeKey(node, tokenId);
        int slot = mix(key) & edgeMask;
        while (true) {
            long k = edgeKeys[slot];
            if (k == key) {
                return edgeTargets[slot];
            }
            if (k == 0L) {
                return -1;
            }
            slot = (slot + 1) & edgeMask;
        }
    }

    private static long edgeKey(int node, int tokenId) {
        // +1 so that no real key is 0, the empty-slot marker
        return (((long) node) << 32 | (tokenId & 0xffffffffL)) + 1L;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    /** Collects phrases, then compiles them. */
    public static final class Builder {
        private final Vocabulary.Builder vocabulary = new Vocabulary.Builder();
        private final List<long[]> edges = new ArrayList<>();
        private final java.util.HashMap<Long, Integer> edgeIndex = new java.util.HashMap<>();
        private final List<int[]> terminals = new ArrayList<>();
        private int maxDepth;

        private Builder() {
            terminals.add(null); // root
        }

        /**
         * Adds a phrase for an entry. Returns false (and adds nothing) when the phrase has no word.
         */
        public boolean add(String phrase, int entryId) {
            Tokens tokens = Tokens.of(TextNormalizer.foldPhrase(phrase));
            if (tokens.count() == 0) {
                return false;
            }
            int node = 0;
            for (int t = 0; t < tokens.count(); t++) {
                int id = vocabulary.intern(tokens.token(t));
                long key = edgeKey(node, id);
                Integer next = edgeIndex.get(key);
                if (next == null) {
                    next = terminals.size();
                    terminals.add(null);
                    edgeIndex.put(key, next);
                    edges.add(new long[] {key, next});
                }
                node = next;
            }
            int[] existing = terminals.get(node);
            if (existing == null) {
                terminals.set(node, new int[] {entryId});
            } else if (Arrays.stream(existing).noneMatch(e -> e == entryId)) {
                int[] grown = Arrays.copyOf(existing, existing.length + 1);
                grown[existing.length] = entryId;
                terminals.set(node, grown);
            }
            maxDepth = Math.max(maxDepth, tokens.count());
            return true;
        }

        public DictionaryMatcher build() {
            int capacity = Integer.highestOneBit(Math.max(16, edges.size() * 2 - 1)) << 1;
            long[] keys = new long[capacity];
            int[] targets = new int[capacity];
            int mask = capacity - 1;
            for (long[] edge : edges) {
                int slot = mix(edge[0]) & mask;
                while (keys[slot] != 0L) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = edge[0];
                targets[slot] = (int) edge[1];
            }
            return new DictionaryMatcher(vocabulary.build(), keys, targets,
                    terminals.toArray(new int[0][]), maxDepth);
        }
    }

    /**
     * Token strings to dense ids, looked up from a character range without allocating. Each slot keeps
     * the word's full 32-bit hash beside its id, so a word that is not in the vocabulary (most words
     * of a text) is rejected without reading any other memory than its slot.
     */
    static final class Vocabulary {
        /** The characters of every word, one after another: word id's are pool[offsets[id], offsets[id + 1]). */
        private final char[] pool;
        private final int[] offsets;
        /** Per slot: hash in the high 32 bits, id + 1 in the low 32 bits; 0 = empty. */
        private final long[] table;
        private final int mask;

        private Vocabulary(char[] pool, int[] offsets, long[] table) {
            this.pool = pool;
            this.offsets = offsets;
            this.table = table;
            this.mask = table.length - 1;
        }

        int size() {
            return offsets.length - 1;
        }

        /** The id of text[start, end) whose FNV-1a hash (see {@link Tokens#hash}) is {@code fnv}, or -1. */
        int find(String text, int start, int end, int fnv) {
            int slot = spread(fnv) & mask;
            while (true) {
                long entry = table[slot];
                if (entry == 0L) {
                    return -1;
                }
                if ((int) (entry >>> 32) == fnv) {
                    int id = (int) entry - 1;
                    if (equalsRange(id, text, start, end)) {
                        return id;
                    }
                }
                slot = (slot + 1) & mask;
            }
        }

        private boolean equalsRange(int id, String text, int start, int end) {
            int from = offsets[id];
            int length = end - start;
            if (offsets[id + 1] - from != length) {
                return false;
            }
            char[] pool = this.pool;
            for (int i = 0; i < length; i++) {
                if (pool[from + i] != text.charAt(start + i)) {
                    return false;
                }
            }
            return true;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        static int hash(CharSequence text, int start, int end) {
            int h = Tokens.FNV_OFFSET;
            for (int i = start; i < end; i++) {
                h = (h ^ text.charAt(i)) * Tokens.FNV_PRIME;
            }
            return h;
        }

        static final class Builder {
            private final java.util.HashMap<String, Integer> ids = new java.util.HashMap<>();
            private final List<String> words = new ArrayList<>();

            int intern(String word) {
                return ids.computeIfAbsent(word, w -> {
                    words.add(w);
                    return words.size() - 1;
                });
            }

            Vocabulary build() {
                int capacity = Integer.highestOneBit(Math.max(16, words.size() * 2 - 1)) << 1;
                long[] table = new long[capacity];
                int[] offsets = new int[words.size() + 1];
                for (int id = 0; id < words.size(); id++) {
                    offsets[id + 1] = offsets[id] + words.get(id).length();
                }
                char[] pool = new char[offsets[words.size()]];
                for (int id = 0; id < words.size(); id++) {
                    String w = words.get(id);
                    w.getChars(0, w.length(), pool, offsets[id]);
                    int h = hash(w, 0, w.length());
                    int slot = spread(h) & (capacity - 1);
                    while (table[slot] != 0L) {
                        slot = (slot + 1) & (capacity - 1);
                    }
                    table[slot] = ((long) h << 32) | ((id + 1) & 0xffffffffL);
                }
                return new Vocabulary(pool, offsets, table);
            }
        }
    }
}
