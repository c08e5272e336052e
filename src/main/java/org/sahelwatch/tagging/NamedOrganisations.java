package org.sahelwatch.tagging;

import static org.sahelwatch.tagging.TaggingDictionary.foldedKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.text.Span;

/**
 * The organisations an article names with their acronym that no dictionary knows: "the Coalition of
 * Housing Rights Associations (CADDL)", "le Collectif des associations de défense du droit au
 * logement (CADDL)". Such bodies (associations, unions, parties, coalitions) organise marches and
 * strikes; ACLED codes them as associated actors. Tagged as OTHER with the country in context; the
 * acronym's later mentions join it. Run by {@link ActorResolver} after each field's other actors.
 */
final class NamedOrganisations {

    private static final Pattern ACRONYM_IN_PARENTHESES = Pattern.compile("\\((\\p{Lu}[\\p{Lu}0-9&/-]{1,11})\\)");

    /** Lower-case words that may join the capitalised words of a name: "Coalition of Housing Rights". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "the", "and", "in", "on", "against", "de",
            "des", "du", "la", "le", "les", "pour", "et", "contre", "au", "aux", "d", "l");

    private static final Set<String> ARTICLES_BEFORE_NAMES = Set.of("The", "La", "Le", "Les");

    /** Words that make a name an organisation's: "Coalition", "Union", "Collectif", "Syndicat" … (folded). */
    private static final Set<String> ORGANISATION_WORDS = Set.of("association", "associations", "coalition",
            "union", "movement", "mouvement", "front", "party", "parti", "rally", "rassemblement", "council",
            "conseil", "committee", "comite", "collective", "collectif", "confederation", "federation", "syndicate",
            "syndicat", "alliance", "coordination", "network", "reseau", "league", "ligue", "organisation",
            "organization", "platform", "plateforme", "convention", "congress", "congres", "forum", "observatory",
            "observatoire", "society", "societe", "group", "groupe", "cadre", "consortium");

    /** Adds the field's organisations named with their acronym, with every mention of the acronym. */
    void find(ArticleState state, FieldText f) {
        Matcher m = ACRONYM_IN_PARENTHESES.matcher(f.original);
        while (m.find()) {
            state.step();
            int nameStart = organisationNameStart(f.original, m.start());
            if (nameStart < 0 || coveredByKnownActor(state, f, nameStart, m.end())) {
                continue;
            }
            String name = f.original.substring(nameStart, m.start()).strip();
            String acronym = m.group(1);
            int first = f.firstTokenAtOrAfter(nameStart);
            if (first < 0) {
                continue;
            }
            int sentence = f.sentenceOf(first);
            String cc = CountryInContext.of(state, f, sentence);
            String id = "org-" + acronym.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    + (cc == null ? "" : "-" + cc.toLowerCase(Locale.ROOT));
            state.addActor(id, name + " (" + acronym + ")", ActorCategory.OTHER, cc, 0.6,
                    f.mention(new Span(nameStart, m.end())));
            state.actorMentions.add(new ActorMention(f, sentence, first, id, ActorCategory.OTHER));
            addLaterMentions(state, f, id, acronym, m.end());
        }
    }

    /**
     * "the CADDL said": the acronym standing alone (no letter or digit touching it) after its definition is
     * the organisation again. Those mentions are added once per organisation and field: a second definition
     * of the same organisation adds its own mention only (the acronyms after it are already there).
     */
    private static void addLaterMentions(ArticleState state, FieldText f, String id, String acronym, int from) {
        if (!state.organisationsFollowed.add(f.field + " " + id)) {
            return;
        }
        String text = f.original;
        int firstWordEnd = 0;
        while (firstWordEnd < acronym.length() && Character.isLetterOrDigit(acronym.charAt(firstWordEnd))) {
            firstWordEnd++;
        }
        List<Integer> starts = wordStarts(state, f).getOrDefault(acronym.substring(0, firstWordEnd), List.of());
        int i = Collections.binarySearch(starts, from);
        int next = from; // occurrences do not overlap: the next one starts after the end of the last
        for (i = i < 0 ? -i - 1 : i; i < starts.size(); i++) {
            state.step();
            int at = starts.get(i);
            int end = at + acronym.length();
            if (at >= next && text.startsWith(acronym, at)
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                state.actors.get(id).getMentions().add(f.mention(new Span(at, end)));
                next = end;
            }
        }
    }

    /**
     * Where each word of the field starts, by word: a word is a run of letters and digits with none just
     * before it (an acronym standing alone starts with one). Computed once per field, on first use.
     */
    private static Map<String, List<Integer>> wordStarts(ArticleState state, FieldText f) {
        return state.wordStarts.computeIfAbsent(f, field -> {
            Map<String, List<Integer>> starts = new HashMap<>();
            String text = field.original;
            int i = 0;
            while (i < text.length()) {
                field.step();
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                starts.computeIfAbsent(text.substring(start, i), w -> new ArrayList<>(1)).add(start);
            }
            return starts;
        });
    }

    /**
     * Where the organisation's name before {@code paren} starts: at the last capitalised organisation word
     * within ten words with no punctuation between ("Coalition … Associations", "Collectif des associations de
     * défense du droit au logement"), extended left over capitalised words and joiners ("National Coalition"),
     * without leading joiners; -1 when there is none.
     */
    static int organisationNameStart(String text, int paren) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        wordsBefore(text, paren, words, starts);
        int org = -1;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (Character.isUpperCase(word.charAt(0)) && ORGANISATION_WORDS.contains(foldedKey(word))) {
                org = w;
                break;
            }
        }
        if (org < 0) {
            return -1;
        }
        int start = org;
        for (int w = org + 1; w < words.size(); w++) {
            String word = words.get(w);
            if (Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))) {
                start = w; // "National Coalition": capitalised, not an acronym
            } else if (!NAME_JOINERS.contains(foldedKey(word))) {
                break;
            }
        }
        while (start > org && NAME_JOINERS.contains(foldedKey(words.get(start)))) {
            start--;
        }
        if (ARTICLES_BEFORE_NAMES.contains(words.get(start)) && start > 0) {
            start--; // "The Coalition …": the article is not part of the name
        }
        return starts.get(start);
    }

    /**
     * The words right before {@code paren}, right to left, at most ten, up to the first punctuation:
     * each word and the offset where it starts. An apostrophe ("d'", "l'") belongs to the joiner before it.
     */
    private static void wordsBefore(String text, int paren, List<String> words, List<Integer> starts) {
        int i = paren;
        while (words.size() < 10) {
            while (i > 0 && text.charAt(i - 1) == ' ') {
                i--;
            }
            int end = i;
            while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
                i--;
            }
            if (i == end) {
                if (i > 0 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '\u2019')) {
                    i--; // "d'", "l'": part of a joiner
                    continue;
                }
                break; // punctuation or the start of the text
            }
            words.add(text.substring(i, end));
            starts.add(i);
        }
    }

    /** A dictionary actor's hit lies inside [start, end) of the original text. */
    private static boolean coveredByKnownActor(ArticleState state, FieldText f, int start, int end) {
        List<Hit> actors = state.hits(f).actors();
        // hits rise in start and end: from the first that starts at or after start, until one ends after end
        for (int i = FieldHits.firstFromOffset(actors, start); i < actors.size() && actors.get(i).span().end() <= end; i++) {
            if (actors.get(i).entries().get(0) instanceof Entry.ActorName) {
                return true;
            }
        }
        return false;
    }
}
