package org.sahelwatch.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.ahocorasick.trie.handler.PayloadEmitHandler;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.sahelwatch.tagging.DictionaryMatcher;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

/**
 * The five ways of tagging the corpus. Each {@code tag} method is one JMH operation: it tags every
 * article, including whatever normalisation that contender needs, and returns the number of
 * matches. Each {@code matchedPhrases} method is for the diagnostics only: the distinct phrase ids
 * found in each article.
 */
public final class Contenders {

    private Contenders() {
    }

    // ---------------------------------------------------------------------------------------------
    /**
     * 1. Sahelwatch: fold + tokenise + hash in one pass ({@code TextNormalizer.foldAndTokenise}, the
     * call the tagger's {@code FieldText} makes for every field), then the token trie.
     */
    public static final class Sahelwatch {
        public final DictionaryMatcher matcher;

        private Sahelwatch(DictionaryMatcher matcher) {
            this.matcher = matcher;
        }

        public static Sahelwatch build(List<String> phrases) {
            DictionaryMatcher.Builder builder = DictionaryMatcher.builder();
            for (int id = 0; id < phrases.size(); id++) {
                if (!builder.add(phrases.get(id), id)) {
                    throw new IllegalStateException("phrase without a word: " + phrases.get(id));
                }
            }
            return new Sahelwatch(builder.build());
        }

        /** Counts one match per (start token, end token) the matcher reports. */
        public int tag(List<String> corpus) {
            Counter counter = new Counter();
            for (int i = 0, n = corpus.size(); i < n; i++) {
                matcher.match(TextNormalizer.foldAndTokenise(corpus.get(i)), counter);
            }
            return counter.count;
        }

        public List<Set<Integer>> matchedPhrases(List<String> corpus) {
            List<Set<Integer>> out = new ArrayList<>();
            for (String text : corpus) {
                Set<Integer> ids = new HashSet<>();
                matcher.match(TextNormalizer.foldAndTokenise(text), (first, end, entries) -> {
                    for (int e : entries) {
                        ids.add(e);
                    }
                });
                out.add(ids);
            }
            return out;
        }

        static final class Counter implements DictionaryMatcher.MatchSink {
            int count;

            @Override
            public void accept(int firstToken, int endToken, int[] entryIds) {
                count++;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    /** Folds like Sahelwatch (the same code) and returns the folded text: for the character tries. */
    static String fold(String text) {
        return TextNormalizer.fold(text).folded();
    }

    /** True when [begin, end) of text is bounded by non-word characters (Sahelwatch's definition). */
    static boolean wholeWord(String text, int begin, int end) {
        return (begin == 0 || !Tokens.isWordChar(text.charAt(begin - 1)))
                && (end == text.length() || !Tokens.isWordChar(text.charAt(end)));
    }

    /** 2. hankcs AhoCorasickDoubleArrayTrie on the folded text, hits filtered to whole words. */
    public static final class DoubleArrayTrie {
        public final AhoCorasickDoubleArrayTrie<Integer> trie;

        private DoubleArrayTrie(AhoCorasickDoubleArrayTrie<Integer> trie) {
            this.trie = trie;
        }

        public static DoubleArrayTrie build(List<String> phrases) {
            TreeMap<String, Integer> map = new TreeMap<>();
            for (int id = 0; id < phrases.size(); id++) {
                map.put(phrases.get(id), id);
            }
            AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(map);
            return new DoubleArrayTrie(trie);
        }

        public int tag(List<String> corpus) {
            WholeWordCounter counter = new WholeWordCounter();
            for (int i = 0, n = corpus.size(); i < n; i++) {
                String folded = fold(corpus.get(i));
                counter.text = folded;
                trie.parseText(folded, counter);
            }
            return counter.count;
        }

        public List<Set<Integer>> matchedPhrases(List<String> corpus) {
            List<Set<Integer>> out = new ArrayList<>();
            for (String text : corpus) {
                String folded = fold(text);
                Set<Integer> ids = new HashSet<>();
                trie.parseText(folded, new AhoCorasickDoubleArrayTrie.IHit<Integer>() {
                    @Override
                    public void hit(int begin, int end, Integer value) {
                        if (wholeWord(folded, begin, end)) {
                            ids.add(value);
                        }
                    }
                });
                out.add(ids);
            }
            return out;
        }

        static final class WholeWordCounter implements AhoCorasickDoubleArrayTrie.IHit<Integer> {
            String text;
            int count;

            @Override
            public void hit(int begin, int end, Integer value) {
                if (wholeWord(text, begin, end)) {
                    count++;
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    /** 3. robert-bor's PayloadTrie, ignoreCase + onlyWholeWords, on the folded text. */
    public static final class RobertBorTrie {
        public final PayloadTrie<Integer> trie;

        private RobertBorTrie(PayloadTrie<Integer> trie) {
            this.trie = trie;
        }

        public static RobertBorTrie build(List<String> phrases) {
            PayloadTrie.PayloadTrieBuilder<Integer> builder =
                    PayloadTrie.<Integer>builder().ignoreCase().onlyWholeWords();
            for (int id = 0; id < phrases.size(); id++) {
                builder.addKeyword(phrases.get(id), id);
            }
            return new RobertBorTrie(builder.build());
        }

        public int tag(List<String> corpus) {
            EmitCounter counter = new EmitCounter();
            for (int i = 0, n = corpus.size(); i < n; i++) {
                trie.parseText(fold(corpus.get(i)), counter);
            }
            return counter.count;
        }

        public List<Set<Integer>> matchedPhrases(List<String> corpus) {
            List<Set<Integer>> out = new ArrayList<>();
            for (String text : corpus) {
                Set<Integer> ids = new HashSet<>();
                trie.parseText(fold(text), (PayloadEmitHandler<Integer>) emit -> ids.add(emit.getPayload()) || true);
                out.add(ids);
            }
            return out;
        }

        static final class EmitCounter implements PayloadEmitHandler<Integer> {
            int count;

            @Override
            public boolean emit(PayloadEmit<Integer> emit) {
                count++;
                return true;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    /** 4. Lucene Monitor: one query per phrase, each article matched as a one-document index. */
    public static final class LuceneMonitor implements Closeable {
        public static final String FIELD = "text";
        public final Monitor monitor;
        public final int queryCount;
        /** Phrases whose analysis gave no token (no query registered for them). */
        public final int skipped;

        private LuceneMonitor(Monitor monitor, int queryCount, int skipped) {
            this.monitor = monitor;
            this.queryCount = queryCount;
            this.skipped = skipped;
        }

        /** StandardTokenizer + LowerCaseFilter + ASCIIFoldingFilter, for queries and documents alike. */
        public static Analyzer analyzer() {
            return new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    StandardTokenizer source = new StandardTokenizer();
                    TokenStream stream = new LowerCaseFilter(source);
                    stream = new ASCIIFoldingFilter(stream);
                    return new TokenStreamComponents(source, stream);
                }
            };
        }

        public static LuceneMonitor build(List<String> phrases) {
            Analyzer analyzer = analyzer();
            try {
                // the cache purge runs in a background thread: make it rare so it does not land in a
                // measurement iteration (nothing is ever deleted here)
                Monitor monitor = new Monitor(analyzer,
                        new MonitorConfiguration().setPurgeFrequency(1, TimeUnit.HOURS));
                List<MonitorQuery> batch = new ArrayList<>();
                int registered = 0;
                int skipped = 0;
                for (int id = 0; id < phrases.size(); id++) {
                    List<String> terms = analyse(analyzer, phrases.get(id));
                    if (terms.isEmpty()) {
                        skipped++;
                        continue;
                    }
                    Query query = terms.size() == 1
                            ? new TermQuery(new Term(FIELD, terms.get(0)))
                            : new PhraseQuery(FIELD, terms.toArray(new String[0]));
                    batch.add(new MonitorQuery(Integer.toString(id), query));
                    registered++;
                    if (batch.size() == 5000) {
                        monitor.register(batch);
                        batch.clear();
                    }
                }
                monitor.register(batch);
                return new LuceneMonitor(monitor, registered, skipped);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static List<String> analyse(Analyzer analyzer, String text) throws IOException {
            List<String> terms = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            }
            return terms;
        }

        /** Lucene folds itself (its analyser): it is given the original article text. */
        public int tag(List<String> corpus) {
            try {
                int count = 0;
                for (int i = 0, n = corpus.size(); i < n; i++) {
                    Document doc = new Document();
                    doc.add(new TextField(FIELD, corpus.get(i), Field.Store.NO));
                    count += monitor.match(doc, QueryMatch.SIMPLE_MATCHER).getMatchCount();
                }
                return count;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public List<Set<Integer>> matchedPhrases(List<String> corpus) {
            try {
                List<Set<Integer>> out = new ArrayList<>();
                for (String text : corpus) {
                    Document doc = new Document();
                    doc.add(new TextField(FIELD, text, Field.Store.NO));
                    MatchingQueries<QueryMatch> matches = monitor.match(doc, QueryMatch.SIMPLE_MATCHER);
                    if (!matches.getErrors().isEmpty()) {
                        throw new IllegalStateException("Lucene Monitor errors: " + matches.getErrors());
                    }
                    Set<Integer> ids = new HashSet<>();
                    for (QueryMatch m : matches.getMatches()) {
                        ids.add(Integer.valueOf(m.getQueryId()));
                    }
                    out.add(ids);
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                monitor.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    /** 5. The floor: Sahelwatch's folding alone. Returns the folded length so nothing is dead. */
    public static int normaliseOnly(List<String> corpus) {
        int chars = 0;
        for (int i = 0, n = corpus.size(); i < n; i++) {
            chars += TextNormalizer.fold(corpus.get(i)).folded().length();
        }
        return chars;
    }

    /** Breakdown only (not a contender): Sahelwatch's fused fold + tokenise pass, no matching. */
    public static int foldAndTokenise(List<String> corpus) {
        int tokens = 0;
        for (int i = 0, n = corpus.size(); i < n; i++) {
            tokens += TextNormalizer.foldAndTokenise(corpus.get(i)).count();
        }
        return tokens;
    }
}
