package org.sahelwatch.training;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.eval.AcledActors;
import org.sahelwatch.eval.AcledCsv;
import org.sahelwatch.eval.AcledRow;
import org.sahelwatch.eval.AdminNames;
import org.sahelwatch.learn.TrainingData;
import org.sahelwatch.tagging.Actor;
import org.sahelwatch.tagging.RoleReading;
import org.sahelwatch.tagging.TaggingDictionary;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

/**
 * The actor table learned from ACLED's coded events: every actor label of the rows' actor columns, one
 * actor per label across its eras, with its category (the inter codes), its country, its era, and the
 * surface forms the notes use for it.
 * <ul>
 *   <li>A label is the ACLED name of an actor the tagger already finds when a written actor lists it (era
 *       aside), or when the tagger finds one actor in most of the label's notes, that actor's presence
 *       mostly means the label, and their names share a word that names neither a country nor a kind of
 *       group ("Police Forces of Mali (2013-2020) Gendarmerie" is the written gendarmerie, "Al Mourabitoune
 *       Battalion" the written Al-Mourabitoun). The label is added to that actor's ACLED names.</li>
 *   <li>Any other label is a new actor. A label ACLED writes for every country ("Teachers (Mali)") is one
 *       actor per country, with the tagger's id for such groups ("teachers-ml").</li>
 *   <li>Surface forms: the word n-grams of the label's notes whose every word is a word of the label (or
 *       its acronym), found in at least {@value #MIN_ROWS} of its notes, and mostly in notes that code it
 *       (precision {@value #MIN_PRECISION}, {@value #MIN_PRECISION_ONE_WORD} for one word); none that the
 *       dictionaries already hold, none made only of generic words ("group", "forces"), the shortest of
 *       nested ones. A proper name must be capitalised in the notes; a form written in capitals is kept
 *       in capitals (matched only so).</li>
 * </ul>
 * {@link #prepare} reads every row once (the tagger's actors, the candidate n-grams); {@link #learn} then
 * learns from any subset of the rows, so that cross-validation derives the table from each fold's
 * training rows only. The table holds labels, categories, eras and forms, never note text.
 */
public final class AcledActorTable {

    static final int MIN_ROWS = 3;
    static final double MIN_PRECISION = 0.6;
    static final double MIN_PRECISION_ONE_WORD = 0.75;
    /** Share of a label's notes in which the tagger finds an actor, and of that actor's notes that code the label. */
    static final double MIN_ALIGNMENT = 0.5;
    /** A one-word form that is no acronym must be in this share of the label's notes. */
    static final double MIN_COVERAGE_ONE_WORD = 0.1;
    private static final int MAX_FORMS = 10;
    private static final int MAX_WORDS = 4;

    private static final Set<String> STOP = Set.of("of", "the", "and", "for", "in", "on", "to", "a", "an", "de", "du",
            "des", "la", "le", "les", "et", "l", "d", "or", "by", "with", "at", "from");
    /** Words of a region that name no actor, even together ("West Africa", "Sahel"). */
    private static final Set<String> REGIONS = Set.of("west", "east", "north", "south", "western", "eastern", "northern",
            "southern", "africa", "african", "sahel");
    /** Words of actor labels that name no actor alone. */
    private static final Set<String> GENERIC = Set.of("group", "groups", "forces", "force", "militia", "militias",
            "movement", "front", "ethnic", "military", "police", "national", "union", "party", "army", "unit",
            "communal", "mutiny", "government", "people", "peoples", "alliance", "council", "coalition", "battalion",
            "faction", "members", "workers", "state", "mission", "republic", "democratic", "democracy", "justice",
            "liberation", "defense", "defence", "security", "united", "nations", "international", "self", "unidentified",
            "armed");

    /** Every row read once: its labels, the actors the written dictionaries' tagger finds, its candidate n-grams. */
    public static final class Prepared {
        final List<List<AcledLabels.Coded>> coded;
        final List<List<ActorTag>> tagged;
        final List<String> countries;
        final int[][] ngrams;
        final int[][] variants;
        final List<String> ngramText;
        final List<String> variantText;

        private Prepared(List<List<AcledLabels.Coded>> coded, List<List<ActorTag>> tagged, List<String> countries,
                         int[][] ngrams, int[][] variants, List<String> ngramText, List<String> variantText) {
            this.coded = coded;
            this.tagged = tagged;
            this.countries = countries;
            this.ngrams = ngrams;
            this.variants = variants;
            this.ngramText = ngramText;
            this.variantText = variantText;
        }

        public int rows() {
            return coded.size();
        }
    }

    private final TaggingDictionary written;
    private final AdminNames names;
    private final AcledLabels labels;
    /** Era-free folded label → the written actor whose ACLED names include it. */
    private final Map<String, String> writtenByLabel = new HashMap<>();
    /** The words of country names and demonyms ("mali", "malian"): they make no two actors the same. */
    private final Set<String> countryWords = new HashSet<>();

    public AcledActorTable(TaggingDictionary written) {
        this.written = written;
        this.names = new AdminNames(written.gazetteer());
        this.labels = new AcledLabels(names);
        for (var p : written.gazetteer().places()) {
            if (p.kind() == org.sahelwatch.avro.RegionKind.COUNTRY) {
                countryWords.addAll(contentWords(p.name()));
                p.aliases().forEach(x -> countryWords.addAll(contentWords(x)));
                p.demonyms().forEach(x -> countryWords.addAll(contentWords(x)));
            }
        }
        for (Actor a : written.actors().actors()) {
            for (String acled : a.acledNames()) {
                writtenByLabel.putIfAbsent(fold(labels.parse(acled).key()), a.id());
            }
        }
    }

    /** Reads every row once, in parallel: the same rows give the same result. */
    public Prepared prepare(List<AcledRow> rows) {
        List<List<AcledLabels.Coded>> coded = rows.stream().map(labels::of).toList();
        Set<String> labelWords = new HashSet<>();
        coded.forEach(list -> list.forEach(c -> labelWords.addAll(contentWords(c.label().key()))));
        WordFilter filter = new WordFilter(labelWords);
        RoleReading reading = new RoleReading(written);
        @SuppressWarnings("unchecked")
        List<ActorTag>[] tagged = new List[rows.size()];
        @SuppressWarnings("unchecked")
        Map<String, String>[] grams = new Map[rows.size()];
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            AcledRow row = rows.get(i);
            tagged[i] = reading.read(row.get(AcledCsv.NOTES), TrainingData.yearOf(row), null).stream()
                    .map(RoleReading.Candidate::actor).toList();
            grams[i] = ngrams(row.get(AcledCsv.NOTES), filter);
        });
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, String> g : grams) {
            g.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
        }
        Map<String, Integer> ngramIds = new HashMap<>();
        Map<String, Integer> variantIds = new HashMap<>();
        List<String> ngramText = new ArrayList<>();
        List<String> variantText = new ArrayList<>();
        int[][] ngrams = new int[rows.size()][];
        int[][] variants = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<int[]> kept = new ArrayList<>();
            for (Map.Entry<String, String> e : new TreeMap<>(grams[i]).entrySet()) {
                if (df.get(e.getKey()) >= MIN_ROWS) {
                    int id = ngramIds.computeIfAbsent(e.getKey(), k -> { ngramText.add(k); return ngramText.size() - 1; });
                    int v = variantIds.computeIfAbsent(e.getValue(), k -> { variantText.add(k); return variantText.size() - 1; });
                    kept.add(new int[] {id, v});
                }
            }
            ngrams[i] = kept.stream().mapToInt(x -> x[0]).toArray();
            variants[i] = kept.stream().mapToInt(x -> x[1]).toArray();
        }
        List<String> countries = rows.stream().map(r -> names.countryCode(r.get(AcledCsv.COUNTRY)).orElse("")).toList();
        return new Prepared(coded, List.of(tagged), countries, ngrams, variants, ngramText, variantText);
    }

    /** The actors learned from the rows of {@code training}: one per label not written, and the written ones it extends. */
    public List<Actor> learn(Prepared p, BitSet training) {
        Map<String, KeyStats> keys = new TreeMap<>();
        Map<String, int[]> taggedRows = new HashMap<>();
        Map<String, ActorTag> taggedTags = new HashMap<>();
        int[] df = new int[p.ngramText.size()];
        for (int i = training.nextSetBit(0); i >= 0; i = training.nextSetBit(i + 1)) {
            for (int g : p.ngrams[i]) {
                df[g]++;
            }
            Set<String> ids = new HashSet<>();
            for (ActorTag t : p.tagged.get(i)) {
                if (ids.add(t.getActorId())) {
                    taggedRows.computeIfAbsent(t.getActorId(), k -> new int[1])[0]++;
                    taggedTags.putIfAbsent(t.getActorId(), t);
                }
            }
            Set<String> seen = new HashSet<>();
            for (AcledLabels.Coded c : p.coded.get(i)) {
                KeyStats k = keys.computeIfAbsent(c.label().key(), x -> new KeyStats(c.label()));
                k.add(c, p.countries.get(i));
                if (seen.add(c.label().key())) {
                    k.rows.add(i);
                    for (String id : ids) {
                        k.tagged.merge(id, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, List<String>> forms = forms(p, keys, df);
        Map<String, LearnedActor> out = new LinkedHashMap<>();
        for (KeyStats k : keys.values()) {
            String target = writtenByLabel.get(fold(k.label.key()));
            if (target == null) {
                target = alignedTaggerActor(k, taggedRows, taggedTags);
            }
            LearnedActor actor;
            if (target != null) {
                ActorTag tag = taggedTags.get(target);
                Actor w = written.actors().byId(target).orElse(null);
                String t = target;
                actor = out.computeIfAbsent(target, x -> w != null
                        ? new LearnedActor(t, w.name(), w.category(), w.countryCode())
                        : new LearnedActor(t, tag.getName(), tag.getCategory(), tag.getCountryCode()));
            } else {
                actor = out.computeIfAbsent(newId(k.label), x -> new LearnedActor(x, k.label.key(), k.category(),
                        k.countryCode()));
            }
            actor.add(k, forms.getOrDefault(formKey(k.label), List.of()));
        }
        return out.values().stream().map(LearnedActor::toActor).toList();
    }

    /**
     * The tagger's actor that most of the label's notes name, whose presence mostly means the label, and whose
     * name shares a word with it (not a country's, not a kind of group's); null when none.
     */
    private String alignedTaggerActor(KeyStats k, Map<String, int[]> taggedRows, Map<String, ActorTag> tags) {
        String best = null;
        int bestCount = 0;
        Set<String> words = contentWords(k.label.key());
        words.removeIf(w -> GENERIC.contains(w) || countryWords.contains(w));
        for (Map.Entry<String, Integer> e : new TreeMap<>(k.tagged).entrySet()) {
            int both = e.getValue();
            if (both < MIN_ROWS || both < MIN_ALIGNMENT * k.rows.size()
                    || both < MIN_ALIGNMENT * taggedRows.get(e.getKey())[0] || both <= bestCount) {
                continue;
            }
            Set<String> theirs = contentWords(tags.get(e.getKey()).getName());
            if (words.stream().anyMatch(w -> theirs.stream().anyMatch(t -> aligned(t, w)))) {
                best = e.getKey();
                bestCount = both;
            }
        }
        return best;
    }

    /**
     * The surface forms of each label (by {@link #formKey}): a label written for every country learns them from
     * the notes of all its countries. A form two labels share goes to the one with more notes that hold it.
     */
    private Map<String, List<String>> forms(Prepared p, Map<String, KeyStats> keys, int[] df) {
        Set<String> peoples = new HashSet<>();
        Map<String, FormsOfLabel> byForm = new TreeMap<>();
        for (KeyStats k : keys.values()) {
            byForm.computeIfAbsent(formKey(k.label), x -> new FormsOfLabel(k.label)).rows.addAll(k.rows);
            java.util.regex.Matcher people = PEOPLE.matcher(fold(k.label.key()));
            if (people.find()) {
                peoples.add(people.group(1));
            }
        }
        Map<Integer, String> owner = new HashMap<>();
        Map<Integer, Integer> ownerCount = new HashMap<>();
        for (Map.Entry<String, FormsOfLabel> e : byForm.entrySet()) {
            e.getValue().select(p, df, peoples);
            for (Map.Entry<Integer, int[]> a : e.getValue().accepted.entrySet()) {
                if (a.getValue()[0] > ownerCount.getOrDefault(a.getKey(), 0)) {
                    owner.put(a.getKey(), e.getKey());
                    ownerCount.put(a.getKey(), a.getValue()[0]);
                }
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        byForm.forEach((fk, forms) -> {
            List<String> kept = forms.accepted.entrySet().stream()
                    .filter(a -> fk.equals(owner.get(a.getKey())))
                    .sorted(Comparator.comparingInt((Map.Entry<Integer, int[]> a) -> -a.getValue()[0])
                            .thenComparing(a -> p.ngramText.get(a.getKey())))
                    .limit(MAX_FORMS).map(a -> p.variantText.get(a.getValue()[1])).toList();
            if (!kept.isEmpty()) {
                out.put(fk, kept);
            }
        });
        return out;
    }

    /** "fulani ethnic militia (mali)": the people a label names. */
    private static final java.util.regex.Pattern PEOPLE = java.util.regex.Pattern.compile("^(\\w+) ethnic (group|militia)");

    /** The forms of one label (or one template's labels): its notes' n-grams, filtered as the class comment says. */
    private final class FormsOfLabel {
        final AcledLabels.Label label;
        final Set<Integer> rows = new TreeSet<>();
        final Set<String> words;
        final boolean proper;
        final boolean militia;
        /** n-gram → {notes of the label that hold it, its most frequent variant}. */
        final Map<Integer, int[]> accepted = new HashMap<>();

        FormsOfLabel(AcledLabels.Label label) {
            this.label = label;
            this.words = contentWords(label.templateBase() != null ? label.templateBase() : label.key());
            this.proper = label.templateBase() == null;
            this.militia = fold(label.key()).contains("militia");
        }

        void select(Prepared p, int[] df, Set<String> peoples) {
            Map<Integer, Integer> counts = new HashMap<>();
            Map<Integer, Map<Integer, Integer>> variants = new HashMap<>();
            for (int row : rows) {
                for (int j = 0; j < p.ngrams[row].length; j++) {
                    counts.merge(p.ngrams[row][j], 1, Integer::sum);
                    variants.computeIfAbsent(p.ngrams[row][j], x -> new HashMap<>()).merge(p.variants[row][j], 1, Integer::sum);
                }
            }
            Map<Integer, Integer> aligned = new HashMap<>();
            counts.forEach((g, n) -> {
                if (n >= MIN_ROWS && allAligned(p.ngramText.get(g).split(" "), words)) {
                    aligned.put(g, n);
                }
            });
            aligned.forEach((g, n) -> {
                int variant = mostFrequent(variants.get(g));
                if (acceptable(p.ngramText.get(g).split(" "), p.variantText.get(variant), n, (double) n / df[g], peoples)) {
                    accepted.put(g, new int[] {n, variant});
                }
            });
            // a form nearly always written inside a longer one adds nothing ("Greater" in "Greater Sahara", "Ansar" in
            // the written "Ansar Dine"); a form that holds a shorter accepted one is redundant
            accepted.keySet().removeIf(g -> aligned.entrySet().stream().anyMatch(l -> !l.getKey().equals(g)
                    && contains(p.ngramText.get(l.getKey()), p.ngramText.get(g)) && l.getValue() >= 0.9 * aligned.get(g)));
            Set<Integer> shortest = Set.copyOf(accepted.keySet());
            accepted.keySet().removeIf(l -> shortest.stream().anyMatch(s -> !s.equals(l)
                    && contains(p.ngramText.get(l), p.ngramText.get(s))));
        }

        private boolean acceptable(String[] gram, String form, int n, double precision, Set<String> peoples) {
            if (precision < (gram.length == 1 ? MIN_PRECISION_ONE_WORD : MIN_PRECISION)
                    || java.util.Arrays.stream(gram).allMatch(w -> GENERIC.contains(w) || STOP.contains(w) || REGIONS.contains(w))
                    || (proper && !Character.isUpperCase(form.charAt(0))) || written.knows(form)) {
                return false;
            }
            if (militia && java.util.Arrays.stream(gram).noneMatch(w -> w.startsWith("milit"))
                    && java.util.Arrays.stream(gram).anyMatch(w -> peoples.stream().anyMatch(x -> aligned(w, x)))) {
                return false; // "Lobi", "Fulanis" name the people; its militia is "Lobi militiamen"
            }
            if (proper && java.util.Arrays.stream(gram).anyMatch(w -> w.endsWith("s") && words.contains(w.substring(0, w.length() - 1)))) {
                return false; // a plural or a possessive written without its apostrophe: "Sudans", "Boko Harams"
            }
            if (gram.length > 1 || allCaps(form) && gram[0].length() >= 3) {
                return true;
            }
            // one word, not an acronym: long enough and frequent among the label's notes
            return gram[0].length() >= 4 && n >= MIN_COVERAGE_ONE_WORD * rows.size();
        }
    }

    /** The variant written most often (the lowest id of equals: the first seen). */
    private static int mostFrequent(Map<Integer, Integer> counts) {
        int best = -1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(counts).entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Whether the n-gram {@code outer} holds {@code inner} as whole words. */
    private static boolean contains(String outer, String inner) {
        return (" " + outer + " ").contains(" " + inner + " ");
    }

    private static boolean allCaps(String form) {
        return form.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** The labels that share their surface forms: a template's countries share its base. */
    private static String formKey(AcledLabels.Label label) {
        return label.templateBase() != null ? "template:" + fold(label.templateBase()) : "label:" + fold(label.key());
    }

    /** A new actor's id: the tagger's "&lt;group&gt;-&lt;cc&gt;" for a template label, else "acled-&lt;label&gt;". */
    static String newId(AcledLabels.Label label) {
        if (label.templateBase() != null) {
            String cc = label.countryCode() == null ? "int" : label.countryCode().toLowerCase(Locale.ROOT);
            return slug(label.templateBase()) + "-" + cc;
        }
        String slug = slug(label.key());
        return "acled-" + (slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug);
    }

    private static String slug(String text) {
        return fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static String fold(String text) {
        return TextNormalizer.foldPhrase(text).replaceAll("\\s+", " ").strip();
    }

    /** The folded words of a label or name, without the words that join others ("of", "the"). */
    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : fold(text).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Every word of the n-gram is a word of the label ({@link #aligned}). */
    private static boolean allAligned(String[] gram, Set<String> labelWords) {
        for (String g : gram) {
            if (!STOP.contains(g) && labelWords.stream().noneMatch(w -> aligned(g, w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two words are the same word of a name: equal, or both of four letters or more with one starting with the
     * other's first five ("Malian" and "Mali", "Islamist" and "Islamic", "Mourabitoun" and "Mourabitoune").
     */
    static boolean aligned(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 4 || b.length() < 4) {
            return false;
        }
        return a.startsWith(b.substring(0, Math.min(5, b.length()))) || b.startsWith(a.substring(0, Math.min(5, a.length())));
    }

    /** Which words can be part of a surface form at all: those aligned with some word of some label. */
    private static final class WordFilter {
        private final Set<String> words;
        private final Set<String> prefixes = new HashSet<>();

        WordFilter(Set<String> labelWords) {
            this.words = Set.copyOf(labelWords);
            for (String w : labelWords) {
                if (w.length() >= 4) {
                    prefixes.add(w.substring(0, Math.min(5, w.length())));
                    prefixes.add(w.substring(0, 4));
                }
            }
        }

        boolean accepts(String w) {
            if (words.contains(w)) {
                return true;
            }
            return w.length() >= 4 && (prefixes.contains(w.substring(0, Math.min(5, w.length())))
                    || prefixes.contains(w.substring(0, 4)));
        }
    }

    /**
     * The candidate n-grams of a note (folded → as written): runs of up to {@value #MAX_WORDS} words that the
     * filter accepts (joining words inside, never at the ends), joined only by spaces, hyphens or apostrophes,
     * without digits.
     */
    private static Map<String, String> ngrams(String notes, WordFilter filter) {
        Tokens tokens = TextNormalizer.foldAndTokenise(notes);
        var folded = tokens.foldedText();
        int n = tokens.count();
        boolean[] ok = new boolean[n];
        boolean[] joinsNext = new boolean[n];
        for (int t = 0; t < n; t++) {
            String w = tokens.token(t);
            ok[t] = w.chars().noneMatch(Character::isDigit) && (STOP.contains(w) || filter.accepts(w));
            if (t + 1 < n) {
                String between = notes.substring(folded.originalEnd(tokens.end(t)), folded.originalStart(tokens.start(t + 1)));
                joinsNext[t] = between.matches("[\\s\\-'’]*");
            }
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!ok[i] || STOP.contains(tokens.token(i))) {
                continue;
            }
            StringBuilder key = new StringBuilder(tokens.token(i));
            out.putIfAbsent(key.toString(), notes.substring(folded.originalStart(tokens.start(i)), folded.originalEnd(tokens.end(i))));
            for (int j = i + 1; j < n && j < i + MAX_WORDS && ok[j] && joinsNext[j - 1]; j++) {
                key.append(' ').append(tokens.token(j));
                if (!STOP.contains(tokens.token(j))) {
                    out.putIfAbsent(key.toString(), notes.substring(folded.originalStart(tokens.start(i)),
                            folded.originalEnd(tokens.end(j))));
                }
            }
        }
        return out;
    }

    /** What the training rows say of one label (across its eras). */
    private final class KeyStats {
        final AcledLabels.Label label;
        final Set<String> acledLabels = new TreeSet<>();
        final Set<Integer> rows = new TreeSet<>();
        final Map<String, Integer> tagged = new HashMap<>();
        final Map<ActorCategory, Integer> primary = new TreeMap<>();
        final Map<ActorCategory, Integer> side = new TreeMap<>();
        final Map<String, Integer> rowCountries = new TreeMap<>();
        Integer from;
        Integer to;
        boolean open;

        KeyStats(AcledLabels.Label label) {
            this.label = label;
        }

        void add(AcledLabels.Coded c, String rowCountry) {
            acledLabels.add(c.label().label());
            AcledActors.category(c.inter()).ifPresent(cat -> (c.role() == AcledLabels.Role.ACTOR1
                    || c.role() == AcledLabels.Role.ACTOR2 ? primary : side).merge(cat, 1, Integer::sum));
            rowCountries.merge(rowCountry, 1, Integer::sum);
            if (c.label().from() != null) {
                from = from == null ? c.label().from() : Math.min(from, c.label().from());
                if (c.label().to() == null) {
                    open = true;
                } else {
                    to = to == null ? c.label().to() : Math.max(to, c.label().to());
                }
            }
        }

        /** The category of most of its codings as actor 1 or 2, else of the side it was associated with. */
        ActorCategory category() {
            Map<ActorCategory, Integer> votes = primary.isEmpty() ? side : primary;
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(ActorCategory.OTHER);
        }

        /** The country its label names, else the country of at least 80 % of its events; null when none. */
        String countryCode() {
            if (label.countryCode() != null || label.templateBase() != null) {
                return label.countryCode();
            }
            int total = rowCountries.values().stream().mapToInt(Integer::intValue).sum();
            return rowCountries.entrySet().stream().filter(e -> !e.getKey().isEmpty() && e.getValue() >= 0.8 * total)
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }
    }

    /** A row of the learned table, filled from the labels it stands for. */
    private static final class LearnedActor {
        final String id;
        final String name;
        final ActorCategory category;
        final String countryCode;
        final Set<String> acledNames = new TreeSet<>();
        final List<String> formList = new ArrayList<>();
        Integer from;
        Integer to;
        boolean open;

        LearnedActor(String id, String name, ActorCategory category, String countryCode) {
            this.id = id;
            this.name = name;
            this.category = category;
            this.countryCode = countryCode;
        }

        void add(KeyStats k, List<String> newForms) {
            acledNames.addAll(k.acledLabels);
            for (String f : newForms) {
                if (formList.stream().noneMatch(x -> fold(x).equals(fold(f)))) {
                    formList.add(f);
                }
            }
            if (k.from != null) {
                from = from == null ? k.from : Math.min(from, k.from);
            }
            open |= k.open;
            if (k.to != null) {
                to = to == null ? k.to : Math.max(to, k.to);
            }
        }

        Actor toActor() {
            String validFrom = from == null ? "" : String.valueOf(from);
            String validTo = open || to == null ? "" : String.valueOf(to);
            return new Actor(id, name, category, countryCode, List.copyOf(acledNames), List.copyOf(formList), validFrom,
                    validTo, "");
        }
    }
}
