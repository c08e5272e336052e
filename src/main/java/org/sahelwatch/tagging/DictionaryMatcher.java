package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

/**
 * Finds every dictionary phrase in a text in one pass over its tokens: a trie over word tokens
 * (not characters), so matches are whole words by construction. Phrases and texts are folded the
 * same way ({@link TextNormalizer}), so case, accents, apostrophe styles and hyphens do not matter.
 *
 * <p>Immutable once built and safe to share between threads: matching allocates nothing but what
 * the sink does, and keeps no state outside the call. Token lookup uses the hash computed while
 * tokenising and compares the characters of the folded text in place (no substring). A small bitset
 * of first words (by hash) lets most tokens be skipped without probing the vocabulary; only tokens
 * that may start a phrase, and the tokens that follow them inside a trie walk, are looked up. Trie
 * edges live in one open-addressing table keyed by (node, token id).
 *
 * <p>A trie node is handed around as a <em>node ref</em>: {@code node << 2 | flags}, with
 * {@link #TERMINAL} when phrases end there and {@link #HAS_CHILDREN} when longer phrases go on from
 * it; 0 means no node (the root is never a child). The walk reads the terminal list only at terminal
 * nodes and looks for a child only under nodes that have one.
 */
public final class DictionaryMatcher {

    /** Receives each match: tokens [firstToken, endToken) carry the phrase of each entry id. */
    @FunctionalInterface
    public interface MatchSink {
        void accept(int firstToken, int endToken, int[] entryIds);
    }

    private static final int TERMINAL = 1;
    private static final int HAS_CHILDREN = 2;

    private final Vocabulary vocabulary;
    /** Per slot, two longs: the edge key (0 = empty), then the child's node ref. */
    private final long[] edges;
    private final int edgeMask;
    private final int[][] terminals;
    private final int maxDepth;
    /**
     * The first-word filter: a bitset indexed by the top bits of a token's FNV hash ({@code hash >>>
     * starterShift}), with the bit of every word that is the first word of some phrase set. A token
     * whose bit is clear starts no phrase, so the vocabulary is not probed for it; a set bit only
     * means "maybe" (the full, verified lookup decides). Small enough to stay in L1/L2.
     */
    private final long[] starters;
    private final int starterShift;
    /**
     * The same kind of filter for every word that is the second or a later word of some phrase: a
     * token after a start is looked up only when its bit is set.
     */
    private final long[] followers;

    private DictionaryMatcher(Vocabulary vocabulary, long[] edges, int[][] terminals, int maxDepth,
            long[] starters, long[] followers, int starterShift) {
        this.vocabulary = vocabulary;
        this.starters = starters;
        this.followers = followers;
        this.starterShift = starterShift;
        this.edges = edges;
        this.edgeMask = edges.length / 2 - 1;
        this.terminals = terminals;
        this.maxDepth = maxDepth;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reports every phrase occurrence, for every start token, shortest first. */
    public void match(Tokens tokens, MatchSink sink) {
        int count = tokens.count();
        long[] starters = this.starters;
        long[] followers = this.followers;
        int shift = this.starterShift;
        Vocabulary vocabulary = this.vocabulary;
        int nextToken = -1; // the token after the last start walked from, and its vocabulary slot
        int nextSlot = -1;
        for (int first = 0; first < count; first++) {
            int h = tokens.hash(first);
            int bit = h >>> shift;
            if ((starters[bit >>> 6] & (1L << bit)) == 0L) {
                continue; // most words start no phrase: decided without touching the vocabulary
            }
            int slot = first == nextToken ? nextSlot : vocabulary.find(tokens, first, h);
            if (slot < 0) {
                continue;
            }
            int ref = vocabulary.rootRef(slot);
            if (ref == 0) {
                continue; // a dictionary word that starts no phrase (the filter's false positive)
            }
            // terminal only: no continuation to look up
            if ((ref & HAS_CHILDREN) == 0) {
                sink.accept(first, first + 1, terminals[ref >>> 2]);
                continue;
            }
            if ((ref & TERMINAL) != 0) {
                sink.accept(first, first + 1, terminals[ref >>> 2]);
            }
            int t = first + 1;
            if (t >= count || maxDepth < 2) {
                continue;
            }
            int nh = tokens.hash(t);
            int nbit = nh >>> shift;
            if ((followers[nbit >>> 6] & (1L << nbit)) == 0L) {
                continue; // the next word continues no phrase
            }
            int next = vocabulary.find(tokens, t, nh);
            nextToken = t;
            nextSlot = next;
            if (next >= 0) {
                walk(tokens, count, first, ref, vocabulary.id(next), sink);
            }
        }
    }

    /**
     * Reports the phrases longer than one token that start at token {@code first}, whose first token
     * leads to node ref {@code ref} (with children), and whose second token has vocabulary id {@code id}.
     */
    private void walk(Tokens tokens, int count, int first, int ref, int id, MatchSink sink) {
        int limit = Math.min(count, first + maxDepth);
        int t = first + 1;
        while (true) {
            ref = child(ref >>> 2, id);
            if (ref == 0) {
                return;
            }
            if ((ref & TERMINAL) != 0) {
                sink.accept(first, t + 1, terminals[ref >>> 2]);
            }
            if ((ref & HAS_CHILDREN) == 0 || ++t >= limit) {
                return;
            }
            int h = tokens.hash(t);
            int bit = h >>> starterShift;
            if ((followers[bit >>> 6] & (1L << bit)) == 0L) {
                return;
            }
            int slot = vocabulary.find(tokens, t, h);
            if (slot < 0) {
                return;
            }
            id = vocabulary.id(slot);
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

    /** The node ref of the child of {@code node} by token {@code tokenId}, or 0. */
    private int child(int node, int tokenId) {
        long key = edgeKey(node, tokenId);
        long[] edges = this.edges;
        int slot = mix(key) & edgeMask;
        while (true) {
            long k = edges[2 * slot];
            if (k == key) {
                return (int) edges[2 * slot + 1];
            }
            if (k == 0L) {
                return 0;
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
        private final HashMap<Long, Integer> edgeIndex = new HashMap<>();
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
            int nodes = terminals.size();
            if (nodes >= 1 << 29) {
                throw new IllegalStateException("too many trie nodes: " + nodes);
            }
            boolean[] hasChildren = new boolean[nodes];
            for (long[] edge : edges) {
                hasChildren[(int) ((edge[0] - 1L) >>> 32)] = true;
            }
            int[] refs = new int[nodes];
            for (int node = 1; node < nodes; node++) {
                refs[node] = node << 2 | (terminals.get(node) != null ? TERMINAL : 0)
                        | (hasChildren[node] ? HAS_CHILDREN : 0);
            }
            int capacity = Integer.highestOneBit(Math.max(16, edges.size() * 2 - 1)) << 1;
            long[] table = new long[2 * capacity];
            int mask = capacity - 1;
            int[] rootRefs = new int[vocabulary.size()];
            for (long[] edge : edges) {
                int slot = mix(edge[0]) & mask;
                while (table[2 * slot] != 0L) {
                    slot = (slot + 1) & mask;
                }
                int target = (int) edge[1];
                table[2 * slot] = edge[0];
                table[2 * slot + 1] = refs[target];
                if ((edge[0] - 1L) >>> 32 == 0L) { // a child of the root: its token id is in the low bits
                    rootRefs[(int) (edge[0] - 1L)] = refs[target];
                }
            }
            // the first-word filter: 32 to 64 bits per first word (a false-positive rate of a few %),
            // between 2^10 and 2^20 bits (128 KB)
            int firstWords = 0;
            for (int ref : rootRefs) {
                if (ref != 0) {
                    firstWords++;
                }
            }
            int filterBits = Math.min(1 << 20, Math.max(1 << 10, Integer.highestOneBit(Math.max(1, firstWords)) << 5));
            int shift = 32 - Integer.numberOfTrailingZeros(filterBits);
            long[] starters = new long[filterBits >>> 6];
            for (int id = 0; id < rootRefs.length; id++) {
                if (rootRefs[id] != 0) {
                    int bit = vocabulary.hashOf(id) >>> shift;
                    starters[bit >>> 6] |= 1L << bit;
                }
            }
            long[] followers = new long[filterBits >>> 6];
            for (long[] edge : edges) {
                if ((edge[0] - 1L) >>> 32 != 0L) { // an edge below the first word: its token is a follower
                    int bit = vocabulary.hashOf((int) (edge[0] - 1L)) >>> shift;
                    followers[bit >>> 6] |= 1L << bit;
                }
            }
            return new DictionaryMatcher(vocabulary.build(rootRefs), table, terminals.toArray(new int[0][]),
                    maxDepth, starters, followers, shift);
        }
    }

    /**
     * Token strings to dense ids, looked up from a character range without allocating. Each slot keeps
     * the word's full 32-bit hash beside its id, so a word that is not in the vocabulary (most words
     * of a text) is rejected without reading any other memory than its slot; the slot's second long
     * holds where the word's characters are and the node ref of the root's child by that word, so a
     * word found needs one more read, of its characters.
     */
    static final class Vocabulary {
        /** Every word's characters, each followed by '\0' (never a word character). */
        private final char[] pool;
        /**
         * Per slot, two longs: hash in the high 32 bits, id + 1 in the low 32 bits (0 = empty); then the
         * word's offset in the pool in the high 32 bits and its root node ref in the low 32 bits.
         */
        private final long[] table;
        private final int mask;

        private Vocabulary(char[] pool, long[] table) {
            this.pool = pool;
            this.table = table;
            this.mask = table.length / 2 - 1;
        }

        /**
         * The slot of token {@code t} (whose FNV hash is {@code fnv}), or -1 when it is not a
         * dictionary word. A slot whose hash matches is verified char by char, so a hash collision
         * never gives a wrong word.
         */
        int find(Tokens tokens, int t, int fnv) {
            long[] table = this.table;
            int mask = this.mask;
            int slot = spread(fnv) & mask;
            while (true) {
                long entry = table[2 * slot];
                if (entry == 0L) {
                    return -1;
                }
                if ((int) (entry >>> 32) == fnv
                        && equalsRange(pool, (int) (table[2 * slot + 1] >>> 32), tokens.text(), tokens.start(t),
                                tokens.end(t))) {
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
        }

        /** The word id in a slot found by {@link #find}. */
        int id(int slot) {
            return (int) table[2 * slot] - 1;
        }

        /** The node ref of the root's child by the word in a slot found by {@link #find} (0: none). */
        int rootRef(int slot) {
            return (int) table[2 * slot + 1];
        }

        /** Whether the pool word at {@code from} (ended by '\0') is text[start, end), a run of word chars. */
        private static boolean equalsRange(char[] pool, int from, String text, int start, int end) {
            int length = end - start;
            for (int i = 0; i < length; i++) {
                if (pool[from + i] != text.charAt(start + i)) {
                    return false;
                }
            }
            return pool[from + length] == '\0';
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
            private final HashMap<String, Integer> ids = new HashMap<>();
            private final List<String> words = new ArrayList<>();

            int intern(String word) {
                return ids.computeIfAbsent(word, w -> {
                    words.add(w);
                    return words.size() - 1;
                });
            }

            int size() {
                return words.size();
            }

            int hashOf(int id) {
                String w = words.get(id);
                return hash(w, 0, w.length());
            }

            /** @param rootRefs per word id, the node ref of the root's child by that word (0: none) */
            Vocabulary build(int[] rootRefs) {
                int capacity = Integer.highestOneBit(Math.max(16, words.size() * 2 - 1)) << 1;
                long[] table = new long[2 * capacity];
                int mask = capacity - 1;
                int chars = 0;
                for (String w : words) {
                    chars += w.length() + 1;
                }
                char[] pool = new char[chars];
                int offset = 0;
                for (int id = 0; id < words.size(); id++) {
                    String w = words.get(id);
                    w.getChars(0, w.length(), pool, offset);
                    int h = hash(w, 0, w.length());
                    int slot = spread(h) & mask;
                    while (table[2 * slot] != 0L) {
                        slot = (slot + 1) & mask;
                    }
                    table[2 * slot] = ((long) h << 32) | ((id + 1) & 0xffffffffL);
                    table[2 * slot + 1] = ((long) offset << 32) | (rootRefs[id] & 0xffffffffL);
                    offset += w.length() + 1;
                }
                return new Vocabulary(pool, table);
            }
        }
    }
}
