package org.sahelwatch.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds text for dictionary matching, independent of the default locale: lower case
 * ({@link Character#toLowerCase(int)} is locale-free), diacritics removed (é → e, ï → i),
 * ligatures expanded (œ → oe, æ → ae, ß → ss), typographic apostrophes (’ ‘ ʼ ´ `) to {@code '}
 * and typographic quotes (“ ” « » „) to {@code "}. Every folded character remembers where it came
 * from, so matches found in folded text are reported at their original offsets.
 */
public final class TextNormalizer {

    private static final int TABLE_SIZE = 0x2100;
    /** Folding of each BMP character below TABLE_SIZE; null when it folds to itself. */
    private static final String[] TABLE = buildTable();
    /** In {@link #FOLD}: the character does not fold to exactly one character (see {@link #TABLE}). */
    private static final char COMPLEX = '\uFFFF';
    /** In {@link #FOLD}: the folded character is a word character ({@link Tokens#isWordChar}). */
    private static final char WORD = '\u8000';
    /**
     * The 1:1 folding of each character below TABLE_SIZE in the low 15 bits, {@link #WORD} set when
     * the folded character belongs to a word; {@link #COMPLEX} for expansions and deletions.
     */
    private static final char[] FOLD = buildFoldTable();
    /** Per-thread work buffers: the matcher and tagger run on several stream threads. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private TextNormalizer() {
    }

    /** Folds {@code text}, keeping the origin of each folded character. */
    public static FoldedText fold(String text) {
        int n = text.length();
        Scratch scratch = SCRATCH.get();
        char[] in = scratch.input(text, n);
        char[] out = scratch.chars(n);
        char[] table = FOLD;
        int i = 0;
        // Fast path: so far every character folds to exactly one, so the origin map is the identity.
        for (; i < n; i++) {
            char c = in[i];
            char e;
            if (c >= TABLE_SIZE || (e = table[c]) == COMPLEX) {
                break;
            }
            out[i] = (char) (e & ~WORD);
        }
        FoldedText folded = i == n
                ? new FoldedText(text, new String(out, 0, n), null, true)
                : foldFrom(text, n, i, scratch, false);
        scratch.release();
        return folded;
    }

    /**
     * Folds {@code text} and splits it into tokens in one pass: the same result as
     * {@code Tokens.of(fold(text).folded())}, with {@link Tokens#foldedText()} set. This is what the
     * tagger runs on every article field.
     */
    public static Tokens foldAndTokenise(String text) {
        int n = text.length();
        Scratch scratch = SCRATCH.get();
        char[] in = scratch.input(text, n);
        char[] out = scratch.chars(n);
        scratch.tokenCapacity(n / 2 + 1); // tokens are separated, so the fast path needs no growth check
        int[] starts = scratch.starts;
        int[] ends = scratch.ends;
        int[] hashes = scratch.hashes;
        char[] table = FOLD;
        int count = 0;
        int start = -1; // start of the token being scanned, -1 between tokens
        int h = 0;
        int i = 0;
        // Fast path: so far every character folds to exactly one, so the origin map is the identity.
        scan:
        while (i < n) {
            char c = in[i];
            char e;
            if (c >= TABLE_SIZE || (e = table[c]) == COMPLEX) {
                break;
            }
            if (e < WORD) {
                out[i++] = e;
                continue;
            }
            start = i;
            h = Tokens.FNV_OFFSET;
            while (true) {
                char f = (char) (e & ~WORD);
                out[i] = f;
                h = (h ^ f) * Tokens.FNV_PRIME;
                if (++i == n) {
                    break;
                }
                c = in[i];
                if (c >= TABLE_SIZE || (e = table[c]) == COMPLEX) {
                    break scan; // inside a token: the general path continues it
                }
                if (e < WORD) {
                    break;
                }
            }
            starts[count] = start;
            ends[count] = i;
            hashes[count] = h;
            count++;
            start = -1;
        }
        FoldedText folded;
        if (i == n) {
            folded = new FoldedText(text, new String(out, 0, n), null, true);
        } else {
            scratch.count = count;
            scratch.start = start;
            scratch.hash = h;
            folded = foldFrom(text, n, i, scratch, true);
            count = scratch.count;
            starts = scratch.starts;
            ends = scratch.ends;
            hashes = scratch.hashes;
        }
        Tokens tokens = Tokens.of(folded, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count),
                Arrays.copyOf(hashes, count), count);
        scratch.release();
        return tokens;
    }

    /**
     * The general path, from index {@code from} of the input on: characters that fold to several or to
     * none, and characters at or above TABLE_SIZE. The scratch output holds the identity folding of
     * input[0, from); when {@code tokenise}, the scratch token state (count, start, hash) is continued
     * and the last token closed.
     */
    private static FoldedText foldFrom(String text, int n, int from, Scratch s, boolean tokenise) {
        char[] in = s.in;
        char[] out = s.chars;
        int[] origin = s.origin();
        for (int k = 0; k < from; k++) {
            origin[k] = k;
        }
        int size = from;
        int start = s.start;
        int h = s.hash;
        for (int i = from; i < n; i++) {
            char c = in[i];
            char e = c < TABLE_SIZE ? FOLD[c] : 0;
            if (e != COMPLEX) { // one character: the common case here too
                char f = c < TABLE_SIZE ? (char) (e & ~WORD) : foldHigh(c);
                if (tokenise) {
                    if (c < TABLE_SIZE ? e >= WORD : Tokens.isWordChar(f)) {
                        if (start < 0) {
                            start = size;
                            h = Tokens.FNV_OFFSET;
                        }
                        h = (h ^ f) * Tokens.FNV_PRIME;
                    } else if (start >= 0) {
                        s.token(start, size, h);
                        start = -1;
                    }
                }
                origin[size] = i;
                out[size++] = f;
            } else {
                String mapped = TABLE[c];
                s.room(size + mapped.length() + (n - i - 1));
                out = s.chars;
                origin = s.origin;
                for (int k = 0; k < mapped.length(); k++) {
                    char f = mapped.charAt(k);
                    if (tokenise) {
                        if (Tokens.isWordChar(f)) {
                            if (start < 0) {
                                start = size;
                                h = Tokens.FNV_OFFSET;
                            }
                            h = (h ^ f) * Tokens.FNV_PRIME;
                        } else if (start >= 0) {
                            s.token(start, size, h);
                            start = -1;
                        }
                    }
                    origin[size] = i;
                    out[size++] = f;
                }
            }
        }
        if (tokenise && start >= 0) {
            s.token(start, size, h);
        }
        return new FoldedText(text, new String(out, 0, size), Arrays.copyOf(origin, size), true);
    }

    /** Folds a dictionary phrase (no offsets needed). */
    public static String foldPhrase(String phrase) {
        return fold(phrase).folded();
    }

    /** A character at or above TABLE_SIZE folds to its lower case; surrogates stay. */
    private static char foldHigh(char c) {
        return Character.isSurrogate(c) ? c : Character.toLowerCase(c);
    }

    private static char[] buildFoldTable() {
        char[] fold = new char[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            String mapped = TABLE[c];
            char f = mapped == null ? (char) c : mapped.length() == 1 ? mapped.charAt(0) : COMPLEX;
            if (f == COMPLEX || f >= WORD) {
                fold[c] = COMPLEX; // also a 1:1 folding that does not fit in 15 bits (none today)
            } else {
                fold[c] = (char) (Tokens.isWordChar(f) ? f | WORD : f);
            }
        }
        return fold;
    }

    /** Reusable buffers of one thread, and the state of the general path; fold copies out of them. */
    private static final class Scratch {
        /** Buffers above this size are not kept after use. */
        private static final int KEEP = 1 << 20;
        char[] in = new char[4096];
        char[] chars = new char[4096];
        int[] origin = new int[0];
        int[] starts = new int[1024];
        int[] ends = new int[1024];
        int[] hashes = new int[1024];
        /** General path: token count, start of the open token (-1: none) and its hash. */
        int count;
        int start;
        int hash;

        char[] input(String text, int n) {
            if (in.length < n) {
                in = new char[Math.max(n, in.length * 2)];
            }
            text.getChars(0, n, in, 0);
            return in;
        }

        char[] chars(int n) {
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            return chars;
        }

        /** The origin buffer, as long as the output buffer. */
        int[] origin() {
            if (origin.length < chars.length) {
                origin = new int[chars.length];
            }
            return origin;
        }

        void tokenCapacity(int n) {
            if (starts.length < n) {
                int size = Math.max(n, starts.length * 2);
                starts = new int[size];
                ends = new int[size];
                hashes = new int[size];
            }
        }

        /** Makes room for {@code needed} folded characters (general path). */
        void room(int needed) {
            if (needed > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(needed, chars.length * 2));
                origin = Arrays.copyOf(origin, chars.length);
            }
        }

        void token(int tokenStart, int tokenEnd, int tokenHash) {
            if (count == starts.length) {
                int grown = Math.max(16, count * 2);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                hashes = Arrays.copyOf(hashes, grown);
            }
            starts[count] = tokenStart;
            ends[count] = tokenEnd;
            hashes[count] = tokenHash;
            count++;
        }

        void release() {
            if (in.length > KEEP) {
                in = new char[4096];
            }
            if (chars.length > KEEP) {
                chars = new char[4096];
            }
            if (origin.length > KEEP) {
                origin = new int[0];
            }
            if (starts.length > KEEP) {
                starts = new int[1024];
                ends = new int[1024];
                hashes = new int[1024];
            }
        }
    }

    private static String[] buildTable() {
        String[] table = new String[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            String folded = foldSlowly((char) c);
            if (!(folded.length() == 1 && folded.charAt(0) == c)) {
                table[c] = folded;
            }
        }
        return table;
    }

    private static String foldSlowly(char c) {
        switch (c) {
            case '\u2019': case '\u2018': case '\u02BC': case '\u00B4': case '`': case '\u2032':
                return "'";
            case '\u201C': case '\u201D': case '\u00AB': case '\u00BB': case '\u201E': case '\u2033':
                return "\"";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
                return "-";
            case '\u00A0': case '\u2007': case '\u202F':
                return " ";
            case '\u0153': case '\u0152':
                return "oe";
            case '\u00E6': case '\u00C6':
                return "ae";
            case '\u00DF':
                return "ss";
            case '\u0131':
                return "i";
            case '\u0141': case '\u0142':
                return "l";
            case '\u00D8': case '\u00F8':
                return "o";
            case '\u0110': case '\u0111':
                return "d";
            default:
                break;
        }
        if (Character.isSurrogate(c)) {
            return String.valueOf(c);
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return ""; // a combining accent in decomposed input
        }
        String lower = String.valueOf(Character.toLowerCase(c));
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                kept.append(d);
            }
        }
        return kept.length() == 0 ? lower : kept.toString();
    }
}
