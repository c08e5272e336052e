package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.sahelwatch.avro.Mention;
import org.sahelwatch.avro.MentionField;
import org.sahelwatch.text.FoldedText;
import org.sahelwatch.text.Sentences;
import org.sahelwatch.text.Span;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

/**
 * One field of an article (title or body) prepared for tagging: folded, tokenised, split into sentences.
 * A sentence of more than {@link #MAX_SENTENCE_TOKENS} tokens is cut into pieces of that many: the
 * stages look at the words and names of a sentence together, and so the cost of a sentence grows
 * with its length squared. Real sentences stay far below (105 tokens at most in 17,000 sentences of
 * news and ACLED notes); longer ones are lists, tables or text stripped of its punctuation.
 */
final class FieldText {

    /** The longest sentence, in tokens; a longer one is cut into pieces of this many tokens. */
    static final int MAX_SENTENCE_TOKENS = 200;

    final MentionField field;
    final String original;
    final FoldedText folded;
    final Tokens tokens;
    final List<Span> sentences;
    /** The budget of the article this field belongs to (shared by its fields). */
    private final TaggingBudget budget;
    private final int[] tokenSentence;
    /** Token range [first, end) of each sentence, computed once: event rules ask for it per trigger. */
    private final int[] sentenceFirst;
    private final int[] sentenceEnd;
    /** The tokens as strings, each made on first use ({@link #token}). */
    private final String[] tokenStrings;
    /** Computed on first use: whether most words are capitalised. */
    private Boolean titleCase;
    /** Offsets of each punctuation character asked about ({@link #indexOf}), in order; computed on first use. */
    private final Map<Character, int[]> punctuation = new HashMap<>();
    /** Answers about each sentence, computed once per sentence, by question ({@link #sentenceHas}). */
    private final Map<Object, byte[]> sentenceAnswers = new HashMap<>();

    FieldText(MentionField field, String original) {
        this(field, original, TaggingBudget.unlimited());
    }

    FieldText(MentionField field, String original, TaggingBudget budget) {
        this.field = field;
        this.budget = budget;
        this.original = original;
        this.tokens = TextNormalizer.foldAndTokenise(original);
        this.folded = tokens.foldedText();
        this.tokenSentence = new int[tokens.count()];
        this.tokenStrings = new String[tokens.count()];
        this.sentences = cutLongSentences(Sentences.split(original));
        assignTokensTo(sentences);
        this.sentenceFirst = new int[Math.max(1, sentences.size())];
        this.sentenceEnd = new int[sentenceFirst.length];
        for (int t = tokens.count() - 1; t >= 0; t--) {
            sentenceFirst[tokenSentence[t]] = t;
        }
        for (int t = 0; t < tokens.count(); t++) {
            sentenceEnd[tokenSentence[t]] = t + 1;
        }
    }

    /** Writes the sentence of each token: the first whose end lies after the token's start. */
    private void assignTokensTo(List<Span> spans) {
        int s = 0;
        for (int t = 0; t < tokens.count(); t++) {
            step();
            int offset = folded.originalStart(tokens.start(t));
            while (s + 1 < spans.size() && spans.get(s).end() <= offset) {
                s++;
            }
            tokenSentence[t] = s;
        }
    }

    /** The sentences, with any of more than {@link #MAX_SENTENCE_TOKENS} tokens cut into pieces of that many. */
    private List<Span> cutLongSentences(List<Span> split) {
        assignTokensTo(split);
        List<Span> out = new ArrayList<>(split.size());
        int t = 0;
        for (int s = 0; s < split.size(); s++) {
            int first = t;
            while (t < tokens.count() && tokenSentence[t] == s) {
                t++;
            }
            int start = split.get(s).start();
            for (int cut = first + MAX_SENTENCE_TOKENS; cut < t; cut += MAX_SENTENCE_TOKENS) {
                out.add(new Span(start, span(cut - 1, cut).end()));
                start = span(cut, cut + 1).start();
            }
            out.add(new Span(start, split.get(s).end()));
        }
        return out.size() == split.size() ? split : out;
    }

    /** One step of a stage's loop over this field: counted against the article's budget. */
    void step() {
        budget.step();
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

    /** The folded token {@code t}, or "" outside the field; each token's string is made once and kept. */
    String token(int t) {
        if (t < 0 || t >= tokens.count()) {
            return "";
        }
        String word = tokenStrings[t];
        if (word == null) {
            word = tokens.token(t);
            tokenStrings[t] = word;
        }
        return word;
    }

    /** Whether the token starts with a capital letter in the original text. */
    boolean isCapitalised(int t) {
        char c = original.charAt(folded.originalStart(tokens.start(t)));
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** Whether most words are capitalised, as in a title-case headline. */
    boolean isTitleCase() {
        if (titleCase == null) {
            titleCase = countTitleCase();
        }
        return titleCase;
    }

    private boolean countTitleCase() {
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

    /** Index of the first token that starts at or after original offset {@code offset}, or -1 when none does. */
    int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.count();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (folded.originalStart(tokens.start(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < tokens.count() ? lo : -1;
    }

    /** As {@code original.lastIndexOf(c, from)}, by binary search. */
    int lastIndexOf(char c, int from) {
        int[] at = offsetsOf(c);
        int i = insertionPoint(at, from + 1) - 1; // the last at or before from
        return i >= 0 ? at[i] : -1;
    }

    /** As {@code original.indexOf(c, from)}, by binary search. */
    int indexOf(char c, int from) {
        int[] at = offsetsOf(c);
        int i = insertionPoint(at, Math.max(0, from));
        return i < at.length ? at[i] : -1;
    }

    private int[] offsetsOf(char c) {
        return punctuation.computeIfAbsent(c, k -> {
            int[] at = new int[16];
            int n = 0;
            for (int i = original.indexOf(c); i >= 0; i = original.indexOf(c, i + 1)) {
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
            }
            return Arrays.copyOf(at, n);
        });
    }

    /** Index of the first value of the sorted array at or after {@code value}. */
    private static int insertionPoint(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The answer to a yes/no question about sentence {@code sentence}, computed by {@code answer} the first
     * time this question ({@code question}, compared with equals) is asked about it, then remembered.
     */
    boolean sentenceHas(Object question, int sentence, IntPredicate answer) {
        byte[] answers = sentenceAnswers.computeIfAbsent(question, q -> new byte[Math.max(1, sentences.size())]);
        if (answers[sentence] == 0) {
            answers[sentence] = answer.test(sentence) ? YES : NO;
        }
        return answers[sentence] == YES;
    }

    private static final byte YES = 1;
    private static final byte NO = 2;

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
