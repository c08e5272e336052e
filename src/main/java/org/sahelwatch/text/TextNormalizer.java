package org.sahelwatch.text;

import java.text.Normalizer;

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
        char[] out = scratch.chars(n);
        int[] origin = null; // identity until a character folds to other than exactly one
        int size = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char e = c < TABLE_SIZE ? FOLD[c] : 0;
            if (e != COMPLEX) {
                if (origin != null) {
                    origin[size] = i;
                }
                out[size++] = c < TABLE_SIZE ? (char) (e & ~WORD) : foldHigh(c);
            } else {
                String mapped = TABLE[c];
                if (origin == null) {
                    origin = scratch.origin(n + mapped.length());
                    for (int k = 0; k < size; k++) {
                        origin[k] = k;
                    }
                }
                int room = size + mapped.length() + (n - i - 1);
                if (room > out.length) {
                    out = scratch.growChars(room);
                    origin = scratch.growOrigin(room);
                }
                for (int k = 0; k < mapped.length(); k++) {
                    origin[size] = i;
                    out[size++] = mapped.charAt(k);
                }
            }
        }
        String folded = new String(out, 0, size);
        scratch.release();
        return new FoldedText(text, folded, origin == null ? null : java.util.Arrays.copyOf(origin, size), true);
    }

    /**
     * Folds {@code text} and splits it into tokens in one pass: the same result as
     * {@code Tokens.of(fold(text).folded())}, with {@link Tokens#foldedText()} set. This is what the
     * tagger runs on every article field.
     */
    public static Tokens foldAndTokenise(String text) {
        int n = text.length();
        Scratch scratch = SCRATCH.get();
        char[] out = scratch.chars(n);
        int[] starts = scratch.starts;
        int[] ends = scratch.ends;
        int[] hashes = scratch.hashes;
        int count = 0;
        int start = -1; // start of the token being scanned, -1 between tokens
        int h = 0;
        int[] origin = null;
        int size = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char e = c < TABLE_SIZE ? FOLD[c] : 0;
            if (e != COMPLEX) {
                char f;
                boolean word;
                if (c < TABLE_SIZE) {
                    f = (char) (e & ~WORD);
                    word = e >= WORD;
                } else {
                    f = foldHigh(c);
                    word = Tokens.isWordChar(f);
                }
                if (word) {
                    if (start < 0) {
                        start = size;
                        h = Tokens.FNV_OFFSET;
                    }
                    h = (h ^ f) * Tokens.FNV_PRIME;
                } else if (start >= 0) {
                    if (count == starts.length) {
                        scratch.growTokens();
                        starts = scratch.starts;
                        ends = scratch.ends;
                        hashes = scratch.hashes;
                    }
                    starts[count] = start;
                    ends[count] = size;
                    hashes[count] = h;
                    count++;
                    start = -1;
                }
                if (origin != null) {
                    origin[size] = i;
                }
                out[size++] = f;
            } else {
                String mapped = TABLE[c];
                if (origin == null) {
                    origin = scratch.origin(n + mapped.length());
                    for (int k = 0; k < size; k++) {
                        origin[k] = k;
                    }
                }
                int room = size + mapped.length() + (n - i - 1);
                if (room > out.length) {
                    out = scratch.growChars(room);
                    origin = scratch.growOrigin(room);
                }
                for (int k = 0; k < mapped.length(); k++) {
                    char f = mapped.charAt(k);
                    if (Tokens.isWordChar(f)) {
                        if (start < 0) {
                            start = size;
                            h = Tokens.FNV_OFFSET;
                        }
                        h = (h ^ f) * Tokens.FNV_PRIME;
                    } else if (start >= 0) {
                        if (count == starts.length) {
                            scratch.growTokens();
                            starts = scratch.starts;
                            ends = scratch.ends;
                            hashes = scratch.hashes;
                        }
                        starts[count] = start;
                        ends[count] = size;
                        hashes[count] = h;
                        count++;
                        start = -1;
                    }
                    origin[size] = i;
                    out[size++] = f;
                }
            }
        }
        if (start >= 0) {
            if (count == starts.length) {
                scratch.growTokens();
                starts = scratch.starts;
                ends = scratch.ends;
                hashes = scratch.hashes;
            }
            starts[count] = start;
            ends[count] = size;
            hashes[count] = h;
            count++;
        }
        String folded = new String(out, 0, size);
        FoldedText foldedText = new FoldedText(text, folded,
                origin == null ? null : java.util.Arrays.copyOf(origin, size), true);
        Tokens tokens = Tokens.of(foldedText, java.util.Arrays.copyOf(starts, count),
                java.util.Arrays.copyOf(ends, count), java.util.Arrays.copyOf(hashes, count), count);
        scratch.release();
        return tokens;
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

    /** Reusable buffers of one thread; fold copies out of them before returning. */
    private static final class Scratch {
        /** Buffers above this size are not kept after use. */
        private static final int KEEP = 1 << 20;
        char[] chars = new char[4096];
        int[] origin = new int[0];
        int[] starts = new int[1024];
        int[] ends = new int[1024];
        int[] hashes = new int[1024];

        char[] chars(int n) {
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            return chars;
        }

        int[] origin(int n) {
            if (origin.length < Math.max(n, chars.length)) {
                origin = new int[Math.max(n, chars.length)];
            }
            return origin;
        }

        char[] growChars(int n) {
            chars = java.util.Arrays.copyOf(chars, Math.max(n, chars.length * 2));
            return chars;
        }

        int[] growOrigin(int n) {
            origin = java.util.Arrays.copyOf(origin, Math.max(Math.max(n, origin.length), chars.length));
            return origin;
        }

        void growTokens() {
            int n = starts.length * 2;
            starts = java.util.Arrays.copyOf(starts, n);
            ends = java.util.Arrays.copyOf(ends, n);
            hashes = java.util.Arrays.copyOf(hashes, n);
        }

        void release() {
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
