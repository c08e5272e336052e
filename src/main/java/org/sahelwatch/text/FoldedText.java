package org.sahelwatch.text;

import java.util.Arrays;

/**
 * Text after {@link TextNormalizer#fold(String)}: lower case, diacritics removed, typographic
 * apostrophes and quotes unified, with the offset in the original text of every folded character.
 *
 * @param original the text as given
 * @param folded   the folded text
 * @param origin   for each index of {@code folded}, the UTF-16 index in {@code original} it came from
 */
public record FoldedText(String original, String folded, int[] origin) {

    public FoldedText {
        if (origin.length != folded.length()) {
            throw new IllegalArgumentException("origin map has " + origin.length
                    + " entries for " + folded.length() + " folded characters");
        }
        origin = origin.clone();
    }

    /** Start offset in the original text of the folded range starting at {@code foldedStart}. */
    public int originalStart(int foldedStart) {
        return origin[foldedStart];
    }

    /** End offset (exclusive) in the original text of the folded range ending at {@code foldedEnd}. */
    public int originalEnd(int foldedEnd) {
        int last = origin[foldedEnd - 1];
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
                && folded.equals(other.folded) && Arrays.equals(origin, other.origin);
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
