package org.sahelwatch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences: at a line break, or after {@code . ! ?} (and any closing quotes or
 * brackets) followed by white space and a capital, a digit or an opening quote. Common abbreviations
 * (Mr., Col., Gen., U.N., Jan. …) and initials do not end a sentence.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "col", "gen", "lt", "capt", "cpt", "maj", "sgt", "st",
            "gov", "sen", "rep", "pres", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "m", "mme", "mlle", "cf", "art", "approx", "inc",
            "ltd", "co", "corp", "jr", "sr", "u.n", "u.s", "u.k", "e.g", "i.e");

    private Sentences() {
    }

    /** The sentences of {@code text}, trimmed of surrounding white space; empty ones are dropped. */
    public static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, sentences);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, sentences);
                start = end;
                i = end - 1;
            }
            i++;
        }
        add(text, start, n, sentences);
        return sentences;
    }

    private static boolean endsSentence(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        if (j >= n || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
            return true;
        }
        char next = text.charAt(j);
        boolean opensSentence = Character.isUpperCase(next) || Character.isDigit(next)
                || next == '"' || next == '\u201C' || next == '\u00AB' || next == '\'' || next == '\u2018'
                || next == '(' || next == '[';
        return opensSentence && (text.charAt(i) != '.' || !isAbbreviation(text, i));
    }

    private static boolean isAbbreviation(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(k))) {
            return true; // an initial: "Abdourahamane A. Tiani"
        }
        return ABBREVIATIONS.contains(word);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u00BB' || c == '\'' || c == '\u2019' || c == ')' || c == ']';
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
