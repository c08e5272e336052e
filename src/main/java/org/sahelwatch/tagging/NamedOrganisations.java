package org.sahelwatch.tagging;

import static org.sahelwatch.tagging.TaggingDictionary.foldedKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            int nameStart = organisationNameStart(f.original, m.start());
            if (nameStart < 0 || coveredByKnownActor(state, f, nameStart, m.end())) {
                continue;
            }
            String name = f.original.substring(nameStart, m.start()).strip();
            String acronym = m.group(1);
            int first = firstTokenAtOrAfter(f, nameStart);
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

    /** "the CADDL said": the acronym standing alone after its definition is the organisation again. */
    private static void addLaterMentions(ArticleState state, FieldText f, String id, String acronym, int from) {
        int at;
        while ((at = f.original.indexOf(acronym, from)) >= 0) {
            int end = at + acronym.length();
            if ((at == 0 || !Character.isLetterOrDigit(f.original.charAt(at - 1)))
                    && (end == f.original.length() || !Character.isLetterOrDigit(f.original.charAt(end)))) {
                state.actors.get(id).getMentions().add(f.mention(new Span(at, end)));
            }
            from = end;
        }
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

    private static int firstTokenAtOrAfter(FieldText f, int offset) {
        for (int t = 0; t < f.tokens.count(); t++) {
            if (f.span(t, t + 1).start() >= offset) {
                return t;
            }
        }
        return -1;
    }

    /** A dictionary actor's hit lies inside [start, end) of the original text. */
    private static boolean coveredByKnownActor(ArticleState state, FieldText f, int start, int end) {
        for (Hit h : state.hits(f).actors()) {
            Span span = h.span();
            if (h.entries().get(0) instanceof Entry.ActorName && span.start() >= start && span.end() <= end) {
                return true;
            }
        }
        return false;
    }
}
