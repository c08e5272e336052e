package org.sahelwatch.text;

import java.util.Arrays;

/**
 * Text after {@link TextNormalizer#fold(String)}: lower case, diacritics removed, typographic
 * apostrophes and quotes unified, with the offset in the original text of every folded character.
 *
 * <p>Most text folds character for character (no ligature expanded, no combining mark dropped).
 * The origin map is then the identity and is not stored: offsets are answered from the index.
 */
public final class FoldedText {

    private final String original;
    private final String folded;
    /** For each index of {@code folded}, the UTF-16 index in {@code original} it came from; null: identity. */
    private final int[] origin;

    /**
     * @param original the text as given
     * @param folded   the folded text
     * @param origin   for each index of {@code folded}, the UTF-16 index in {@code original} it came from
     */
    public FoldedText(String original, String folded, int[] origin) {
        this(original, folded, origin.clone(), true);
    }

    /** Trusts {@code origin} (not copied); null means the identity, folded.length() == original.length(). */
    FoldedText(String original, String folded, int[] origin, boolean trusted) {
        if (origin == null ? folded.length() != original.length() : origin.length != folded.length()) {
            throw new IllegalArgumentException("origin map has " + (origin == null ? original.length() : origin.length)
                    + " entries for " + folded.length() + " folded characters");
        }
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** For each index of the folded text, the UTF-16 index in the original it came from (a copy). */
    public int[] origin() {
        if (origin == null) {
            int[] identity = new int[folded.length()];
            Arrays.setAll(identity, i -> i);
            return identity;
        }
        return origin.clone();
    }

    /** Start offset in the original text of the folded range starting at {@code foldedStart}. */
    public int originalStart(int foldedStart) {
        if (origin == null) {
            if (foldedStart < 0 || foldedStart >= folded.length()) {
                throw new ArrayIndexOutOfBoundsException(foldedStart);
            }
            return foldedStart;
        }
        return origin[foldedStart];
    }

    /** End offset (exclusive) in the original text of the folded range ending at {@code foldedEnd}. */
    public int originalEnd(int foldedEnd) {
        int last = originalStart(foldedEnd - 1);
        // A source character that folded to nothing after 'last' stays outside; a surrogate pair
        // or a character folded to several (œ → oe) must be covered whole.
        int end = last + 1;
        if (end < original.length() && Character.isLowSurrogate(original.charAt(end))) {
            end++;
        }
        return end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FoldedText other && original.equals(other.original)
                && folded.equals(other.folded) && Arrays.equals(origin(), other.origin());
    }

    @Override
    public int hashCode() {
        return original.hashCode() * 31 + folded.hashCode();
    }

    @Override
    public String toString() {
        return "FoldedText[" + folded + "]";
    }
}
