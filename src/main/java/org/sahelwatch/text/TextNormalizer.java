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

    private TextNormalizer() {
    }

    /** Folds {@code text}, keeping the origin of each folded character. */
    public static FoldedText fold(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] origin = new int[n + 16];
        int size = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String mapped = c < TABLE_SIZE ? TABLE[c] : null;
            if (mapped == null) {
                char lower = c < TABLE_SIZE || Character.isSurrogate(c) ? c : Character.toLowerCase(c);
                origin = ensure(origin, size + 1);
                out.append(lower);
                origin[size++] = i;
            } else {
                origin = ensure(origin, size + mapped.length());
                for (int k = 0; k < mapped.length(); k++) {
                    out.append(mapped.charAt(k));
                    origin[size++] = i;
                }
            }
        }
        int[] exact = new int[size];
        System.arraycopy(origin, 0, exact, 0, size);
        return new FoldedText(text, out.toString(), exact);
    }

    /** Folds a dictionary phrase (no offsets needed). */
    public static String foldPhrase(String phrase) {
        return fold(phrase).folded();
    }

    private static int[] ensure(int[] a, int needed) {
        if (needed <= a.length) {
            return a;
        }
        int[] bigger = new int[Math.max(needed, a.length * 2)];
        System.arraycopy(a, 0, bigger, 0, a.length);
        return bigger;
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
