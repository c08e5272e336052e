package org.sahelwatch.tagging;

import java.util.List;
import org.sahelwatch.avro.Mention;
import org.sahelwatch.avro.MentionField;
import org.sahelwatch.text.FoldedText;
import org.sahelwatch.text.Sentences;
import org.sahelwatch.text.Span;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

/** One field of an article (title or body) prepared for tagging: folded, tokenised, split into sentences. */
final class FieldText {

    final MentionField field;
    final String original;
    final FoldedText folded;
    final Tokens tokens;
    final List<Span> sentences;
    private final int[] tokenSentence;
    /** Token range [first, end) of each sentence, computed once: event rules ask for it per trigger. */
    private final int[] sentenceFirst;
    private final int[] sentenceEnd;

    FieldText(MentionField field, String original) {
        this.field = field;
        this.original = original;
        this.tokens = TextNormalizer.foldAndTokenise(original);
        this.folded = tokens.foldedText();
        this.sentences = Sentences.split(original);
        this.tokenSentence = new int[tokens.count()];
        int s = 0;
        for (int t = 0; t < tokens.count(); t++) {
            int offset = folded.originalStart(tokens.start(t));
            while (s + 1 < sentences.size() && sentences.get(s).end() <= offset) {
                s++;
            }
            tokenSentence[t] = s;
        }
        this.sentenceFirst = new int[Math.max(1, sentences.size())];
        this.sentenceEnd = new int[sentenceFirst.length];
        for (int t = tokens.count() - 1; t >= 0; t--) {
            sentenceFirst[tokenSentence[t]] = t;
        }
        for (int t = 0; t < tokens.count(); t++) {
            sentenceEnd[tokenSentence[t]] = t + 1;
        }
    }

    /** Original-text span of tokens [first, end). */
    Span span(int first, int end) {
        return new Span(folded.originalStart(tokens.start(first)), folded.originalEnd(tokens.end(end - 1)));
    }

    Mention mention(Span span) {
        return new Mention(field, span.start(), span.end(), span.of(original));
    }

    int sentenceOf(int token) {
        return tokenSentence[token];
    }

    /** First token and end token of sentence {@code s}. */
    int[] sentenceTokens(int s) {
        return new int[] {sentenceFirst[s], sentenceEnd[s]};
    }

    String token(int t) {
        return t >= 0 && t < tokens.count() ? tokens.token(t) : "";
    }

    /** Whether the token starts with a capital letter in the original text. */
    boolean isCapitalised(int t) {
        char c = original.charAt(folded.originalStart(tokens.start(t)));
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** Whether most words are capitalised, as in a title-case headline. */
    boolean isTitleCase() {
        int words = 0;
        int capitalised = 0;
        for (int t = 0; t < tokens.count(); t++) {
            if (Character.isLetter(tokens.text().charAt(tokens.start(t)))) {
                words++;
                if (isCapitalised(t)) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /** Whether every letter of the span is a capital in the original text. */
    boolean isAllCaps(Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            char c = original.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
