package org.sahelwatch.text;

import java.util.Set;

/**
 * Tells English from French by counting each language's commonest function words. News in the
 * Sahel comes in these two; anything else is reported as the likelier of them, since the
 * dictionaries carry both languages' aliases.
 */
public final class LanguageDetector {

    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "of", "to", "in", "is", "was", "were", "has", "have", "had", "that", "with",
            "for", "on", "by", "from", "said", "its", "their", "at", "which", "been", "are", "who", "this");
    private static final Set<String> FRENCH = Set.of(
            "le", "la", "les", "des", "du", "et", "est", "une", "un", "dans", "pour", "sur", "par", "que",
            "qui", "au", "aux", "ont", "a", "ete", "avec", "selon", "cette", "ces", "sont", "pas");

    private LanguageDetector() {
    }

    /** "en" or "fr" for folded text. */
    public static String detect(String folded) {
        Tokens tokens = Tokens.of(folded);
        int en = 0;
        int fr = 0;
        for (int t = 0; t < tokens.count(); t++) {
            String word = tokens.token(t);
            if (ENGLISH.contains(word)) {
                en++;
            }
            if (FRENCH.contains(word)) {
                fr++;
            }
        }
        return fr > en ? "fr" : "en";
    }
}
