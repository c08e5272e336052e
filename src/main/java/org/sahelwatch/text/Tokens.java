package org.sahelwatch.text;

/**
 * The word tokens of a folded text: maximal runs of letters or digits. Apostrophes, hyphens,
 * spaces and punctuation separate tokens, so "N'Djamena" is {@code n djamena} and "Gorom-Gorom"
 * is {@code gorom gorom}, the same whether the dictionary or the article wrote the hyphen.
 */
public final class Tokens {

    /** FNV-1a offset basis and prime: each token's hash is computed while it is scanned. */
    public static final int FNV_OFFSET = 0x811C9DC5;
    public static final int FNV_PRIME = 0x01000193;

    /** {@link #isWordChar} of each char below its length. */
    private static final boolean[] WORD = buildWordTable();

    private final FoldedText foldedText;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] hashes;
    private final int count;

    private Tokens(FoldedText foldedText, String text, int[] starts, int[] ends, int[] hashes, int count) {
        this.foldedText = foldedText;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
        this.count = count;
    }

    /** Splits folded text into tokens. */
    public static Tokens of(String folded) {
        int n = folded.length();
        int[] starts = new int[Math.max(8, n / 5)];
        int[] ends = new int[starts.length];
        int[] hashes = new int[starts.length];
        int count = 0;
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(folded.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int h = FNV_OFFSET;
            char c;
            while (i < n && isWordChar(c = folded.charAt(i))) {
                h = (h ^ c) * FNV_PRIME;
                i++;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
                hashes = java.util.Arrays.copyOf(hashes, count * 2);
            }
            starts[count] = start;
            ends[count] = i;
            hashes[count] = h;
            count++;
        }
        return new Tokens(null, folded, starts, ends, hashes, count);
    }

    /** Tokens computed by {@link TextNormalizer#foldAndTokenise}: the arrays are trusted, not copied. */
    static Tokens of(FoldedText foldedText, int[] starts, int[] ends, int[] hashes, int count) {
        return new Tokens(foldedText, foldedText.folded(), starts, ends, hashes, count);
    }

    /**
     * The folded text with its offsets into the original, when these tokens come from
     * {@link TextNormalizer#foldAndTokenise}; null when they were made from a folded string.
     */
    public FoldedText foldedText() {
        return foldedText;
    }

    /** True for characters that belong to a word. */
    public static boolean isWordChar(char c) {
        return c < WORD.length ? WORD[c] : Character.isLetterOrDigit(c);
    }

    private static boolean[] buildWordTable() {
        boolean[] word = new boolean[0x2100];
        for (char c = 0; c < word.length; c++) {
            word[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (c > 0x7f && Character.isLetterOrDigit(c));
        }
        return word;
    }

    public int count() {
        return count;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    /** FNV-1a hash of the token's characters, computed while tokenising. */
    public int hash(int token) {
        return hashes[token];
    }

    public String text() {
        return text;
    }

    /** The token as a string (allocates; matching itself does not need it). */
    public String token(int token) {
        return text.substring(starts[token], ends[token]);
    }

    /** Index of the first token starting at or after {@code offset}, or {@link #count()}. */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
