package org.sahelwatch.tagging;

import static org.sahelwatch.tagging.TaggingDictionary.foldedKey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.RegionKind;

/**
 * The words around a generic actor phrase that say whether it names a new party: "the militants"
 * after a named group are that group, "FACT rebels" are FACT, "accomplices of the militants" names
 * no militants, "a national strike" no person; "Fulani gunmen" and "between Dogon and Fulani" name
 * a people's militia. Questions on the hits only; {@link GenericActors} acts on the answers.
 */
final class GenericActorCues {

    /** Generic words for a person that name a party only after a nationality: "an American national". */
    private static final Set<String> NEEDS_NATIONALITY = Set.of("national");

    private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an", "un", "une");

    /** Generic phrases that name a new party only after an indefinite word: "an armed group", "another armed group". */
    private static final Set<String> NEEDS_ARTICLE = Set.of("armed group", "groupe arme");

    /** Generic words that, after a named armed group, refer back to it. */
    private static final Set<String> ANAPHORIC = Set.of("assailants", "attackers", "assaillants", "gunmen", "armed men",
            "hommes armes", "individus armes", "rebels", "rebelles");

    /**
     * Generic words for rebels: a people qualifying them ("Tuareg rebels") does not make them a communal militia.
     * The "separatist" ones are the separatist group the article names, when it names one.
     */
    private static final Set<String> REBELS = Set.of("rebels", "rebelles", "rebel fighters", "separatists",
            "separatist forces", "separatist groups", "separatist rebels", "separatistes", "forces separatistes",
            "groupes separatistes", "rebelles separatistes");

    /** Nouns that a people's name qualifies as an armed body: "Tuareg forces", "combattants touareg" aside. */
    private static final Set<String> ARMED_NOUNS = Set.of("forces", "fighters", "combatants", "groups", "movements",
            "rebellion", "insurgents");

    /** Words before a generic armed phrase that make it a new party: "a group of gunmen", "other armed men". */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "other", "another", "some", "un", "une", "des",
            "autres");

    /** Collective nouns that, with "of"/"de", make an indefinite new party: "a group of gunmen", "une bande d'hommes armés". */
    private static final Set<String> COLLECTIVE = Set.of("group", "band", "gang", "groupe", "bande");

    /** Words that may join a generic phrase to the named group it belongs to: "rebels of the MNLA", "rebelles de la CMA". */
    private static final Set<String> OF_THE = Set.of("of", "the", "de", "du", "des", "la", "l");

    private static final Set<String> COMMUNITY_ARTICLES = Set.of("the", "les", "des", "communities", "communautes");

    /** Determiners that make "the militants" refer back to a group already named. */
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "les", "ces");

    /** Vague words for people that, in a clash, count the fighters rather than name civilians. */
    private static final Set<String> CASUALTY_WORDS = Set.of("person", "persons", "people", "individual", "individuals",
            "personnes", "individus");

    /** Words that make the armed group after them the one the victims were said to be linked with. */
    private static final Set<String> ASSOCIATE_CUES = Set.of("accomplices", "accomplice", "complices", "complice",
            "complicity", "complicite", "collaborators", "collaborating", "collaborateurs", "collaboration",
            "sympathizers", "sympathisers", "sympathisants", "informants", "informateurs", "links", "liens",
            "ties", "affiliated", "supporting");

    /** Verbs of rescue: the people they take as object were freed, not attacked. */
    private static final Set<String> FREED = Set.of("freed", "liberated", "liberate", "rescued", "rescue",
            "libere", "liberes", "liberer", "liberee", "liberees", "secouru", "secourus");

    private static final Set<ActorCategory> REBEL_GROUP = EnumSet.of(ActorCategory.REBEL_GROUP);

    private GenericActorCues() {
    }

    /** The phrase names no new party: it qualifies something else, or is a group already named, or no party of the event. */
    static boolean namesNoNewParty(ArticleState state, FieldText f, Hit hit, int sentence, Entry.GenericActor generic) {
        return describesSomethingElse(state, f, hit, generic)
                || isTheGroupNamed(state, f, hit, sentence, generic)
                || noPartyOfTheEvent(state, f, hit, sentence, generic);
    }

    /**
     * The people whose militia the phrase names, or null: armed men named by their people ("Fulani gunmen": not
     * "Tuareg rebels", an armed group), or one of two peoples at odds ("violence between Dogon and Fulani").
     */
    static String militiaPeople(ArticleState state, FieldText f, Hit hit, Entry.GenericActor generic) {
        if (generic.role() == Entry.GenericRole.UNIDENTIFIED && !REBELS.contains(foldedKey(generic.phrase()))) {
            String people = peopleQualifying(state, f, hit);
            if (people != null) {
                return people;
            }
        }
        if (generic.role() == Entry.GenericRole.ETHNIC && communalPair(state, f, hit)) {
            return people(generic.group());
        }
        return null;
    }

    /** The people of a generic ETHNIC group: "Fulani" of "Fulani;Pastoralists". */
    static String people(String group) {
        return group.contains(";") ? group.substring(0, group.indexOf(';')).strip() : group;
    }

    private static boolean describesSomethingElse(ArticleState state, FieldText f, Hit hit, Entry.GenericActor generic) {
        if (NEEDS_NATIONALITY.contains(foldedKey(generic.phrase())) && demonymBefore(state, f, hit) == null) {
            return true; // "the National Assembly", "a national strike": no person
        }
        if (NEEDS_ARTICLE.contains(foldedKey(generic.phrase())) && !INDEFINITE.contains(f.token(hit.first() - 1))) {
            return true; // "from an armed group" is a party; "the armed group", "formation of armed group" are not new ones
        }
        if (generic.role() == Entry.GenericRole.ETHNIC && (leadsSomething(f, hit) || ARMED_NOUNS.contains(f.token(hit.end())))) {
            return true; // "the Tuareg-led separatist alliance", "Tuareg forces": the people describe an armed body
        }
        // "Fulani gunmen", "Tuareg rebels": the people qualifies armed men, it is not their victim
        return generic.role() == Entry.GenericRole.ETHNIC && armedPhraseNextTo(state, f, hit);
    }

    private static boolean isTheGroupNamed(ArticleState state, FieldText f, Hit hit, int sentence,
                                           Entry.GenericActor generic) {
        Entry.GenericRole role = generic.role();
        if (foldedKey(generic.phrase()).contains("separatist") && namedRebelGroupInArticle(state)) {
            return true; // "retook Kidal from Tuareg separatists" … "the CMA": the separatists are the group the article names
        }
        if (role == Entry.GenericRole.ISLAMIST && namedGroupInSentence(state, f, sentence)) {
            return true; // "JNIM militants": the group is named, the generic word adds nothing
        }
        if (role == Entry.GenericRole.UNIDENTIFIED && ANAPHORIC.contains(foldedKey(generic.phrase()))
                && !indefinite(f, hit.first()) && namedSoFar(state, f, hit.first(), SentenceSignals.NON_STATE_ARMED)) {
            return true; // "ISGS militants attacked … the assailants seized the vehicle": the same group
        }
        if (role == Entry.GenericRole.ISLAMIST && DEFINITE.contains(f.token(hit.first() - 1))
                && namedSoFar(state, f, hit.first(), REBEL_GROUP)) {
            return true; // "ISGS militants killed … the militants also seized a motorbike": the same group
        }
        // "FACT rebels", "GATIA gunmen": the named group, qualified
        return (role == Entry.GenericRole.UNIDENTIFIED || role == Entry.GenericRole.ISLAMIST)
                && namedNonStateActorJustBefore(state, f, hit);
    }

    private static boolean noPartyOfTheEvent(ArticleState state, FieldText f, Hit hit, int sentence,
                                             Entry.GenericActor generic) {
        Entry.GenericRole role = generic.role();
        if ((role == Entry.GenericRole.UNIDENTIFIED || role == Entry.GenericRole.ISLAMIST)
                && associatesOf(f, sentence, hit.first())) {
            return true; // "eleven people accused of being accomplices to militants": the militants are not a party
        }
        if (role == Entry.GenericRole.CIVILIANS && freedBefore(f, sentence, hit.first())) {
            return true; // "soldiers freed two hostages": the people rescued are not a party of the operation
        }
        // "several persons were injured in the clashes": the fighters, not civilians
        return role == Entry.GenericRole.CIVILIANS && CASUALTY_WORDS.contains(foldedKey(generic.phrase()))
                && SentenceSignals.clashWithoutCivilianTarget(state, f, sentence);
    }

    private static boolean namedRebelGroupInArticle(ArticleState state) {
        return state.fields.stream().anyMatch(f -> firstNamed(state, f).containsKey(ActorCategory.REBEL_GROUP));
    }

    /** The generic phrase at {@code token} is indefinite: "a group of gunmen", "other armed men", "des assaillants". */
    private static boolean indefinite(FieldText f, int token) {
        String before = f.token(token - 1);
        return INDEFINITE.contains(before)
                || (Set.of("of", "de", "d").contains(before) && COLLECTIVE.contains(f.token(token - 2)));
    }

    /**
     * A named non-state actor qualifies the generic phrase: it ends right where the phrase starts ("FACT rebels",
     * "GATIA gunmen"), or follows it joined by "of the" / "de la" ("rebels of the MNLA", "rebelles de la CMA").
     */
    private static boolean namedNonStateActorJustBefore(ArticleState state, FieldText f, Hit hit) {
        List<Hit> near = new ArrayList<>(FieldHits.endingIn(state.hits(f).actors(), hit.first() - 2, hit.first()));
        near.addAll(FieldHits.startingIn(state.hits(f).actors(), hit.end() + 1, hit.end() + 3));
        for (Hit h : near) { // the only hits the tests below can accept
            state.step();
            if (!(h.entries().get(0) instanceof Entry.ActorName a) || a.actor().category() == ActorCategory.STATE_FORCES
                    || a.actor().category() == ActorCategory.OTHER) {
                continue;
            }
            if (h.end() == hit.first() || (h.end() < hit.first() && hit.first() - h.end() <= 2
                    && INDEFINITE_ARTICLES.contains(f.token(h.end())) && f.sentenceOf(h.end()) == f.sentenceOf(hit.first()))) {
                return true; // "FACT rebels"; "JNIM, an armed group linked to al-Qaeda"; "MIA, a new rebel group"
            }
            if (h.first() > hit.end() && h.first() - hit.end() <= 2 && f.sentenceOf(h.first()) == f.sentenceOf(hit.first())) {
                boolean joined = true;
                for (int t = hit.end(); t < h.first(); t++) {
                    joined &= OF_THE.contains(f.token(t));
                }
                if (joined) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The ETHNIC hit is one side of "between &lt;people&gt; and &lt;people&gt;" / "entre &lt;peuple&gt; et &lt;peuple&gt;"
     * (an article and "communities" allowed): two peoples at odds.
     */
    private static boolean communalPair(ArticleState state, FieldText f, Hit hit) {
        Hit other = null;
        boolean first = false;
        List<Hit> near = new ArrayList<>(FieldHits.endingIn(state.hits(f).actors(), hit.first() - 3, hit.first() - 1));
        near.addAll(FieldHits.startingIn(state.hits(f).actors(), hit.end() + 1, hit.end() + 4));
        for (Hit h : near) { // in text order, the only hits "and" can join to this one
            state.step();
            if (!(h.entries().get(0) instanceof Entry.GenericActor g) || g.role() != Entry.GenericRole.ETHNIC || h == hit) {
                continue;
            }
            if (joinedByAnd(f, hit.end(), h.first())) {
                other = h;
                first = true;
            } else if (joinedByAnd(f, h.end(), hit.first())) {
                other = h;
            }
        }
        if (other == null) {
            return false;
        }
        int t = (first ? hit : other).first() - 1;
        while (t >= 0 && COMMUNITY_ARTICLES.contains(f.token(t))) {
            t--;
        }
        return Set.of("between", "entre").contains(f.token(t));
    }

    /** Tokens [from, to) are "and"/"et", with an optional "the"/"les"/"communities"/"communautes" around it. */
    private static boolean joinedByAnd(FieldText f, int from, int to) {
        if (to <= from || to - from > 3) {
            return false;
        }
        boolean and = false;
        for (int t = from; t < to; t++) {
            String w = f.token(t);
            if (w.equals("and") || w.equals("et")) {
                and = true;
            } else if (!COMMUNITY_ARTICLES.contains(w) && !w.equals("community") && !w.equals("communaute")) {
                return false;
            }
        }
        return and;
    }

    /** An armed generic phrase (gunmen, rebels, militants) starts right after the hit or ends right before it. */
    private static boolean armedPhraseNextTo(ArticleState state, FieldText f, Hit hit) {
        for (Hit h : nextTo(state.hits(f).actors(), hit)) {
            if (h.entries().get(0) instanceof Entry.GenericActor g
                    && (g.role() == Entry.GenericRole.UNIDENTIFIED || g.role() == Entry.GenericRole.ISLAMIST)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The generic armed phrase at {@code token} follows, within three words of its sentence, a word saying that
     * someone was linked with it ("accused of being accomplices to militants", "complices des terroristes").
     */
    private static boolean associatesOf(FieldText f, int sentence, int token) {
        for (int t = token - 1; t >= Math.max(0, token - 3) && f.sentenceOf(t) == sentence; t--) {
            if (ASSOCIATE_CUES.contains(f.token(t))) {
                return true;
            }
        }
        return false;
    }

    /** A verb of rescue comes at most three words before the phrase, in its sentence ("liberate two aid workers"). */
    private static boolean freedBefore(FieldText f, int sentence, int token) {
        for (int t = token - 1; t >= Math.max(0, token - 3) && f.sentenceOf(t) == sentence; t--) {
            if (FREED.contains(f.token(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A named actor of one of these categories is mentioned before token {@code before} of field {@code f} (the
     * title counts as before the body): "ISGS militants attacked … the militants also seized" refers back.
     */
    private static boolean namedSoFar(ArticleState state, FieldText f, int before, Set<ActorCategory> categories) {
        for (FieldText g : state.fields) {
            Map<ActorCategory, Integer> first = firstNamed(state, g);
            if (categories.stream().anyMatch(c -> first.containsKey(c) && (g != f || first.get(c) < before))) {
                return true;
            }
            if (g == f) {
                break;
            }
        }
        return false;
    }

    /** The first token of the first named actor of each category in the field; computed once per field. */
    private static Map<ActorCategory, Integer> firstNamed(ArticleState state, FieldText f) {
        return state.firstNamedActors.computeIfAbsent(f, field -> {
            Map<ActorCategory, Integer> first = new EnumMap<>(ActorCategory.class);
            for (Hit h : state.hits(field).actors()) {
                state.step();
                if (h.entries().get(0) instanceof Entry.ActorName a) {
                    first.putIfAbsent(a.actor().category(), h.first());
                }
            }
            return first;
        });
    }

    /** The hits of {@code hits} that end right where {@code hit} starts or start right where it ends, in text order. */
    private static List<Hit> nextTo(List<Hit> hits, Hit hit) {
        List<Hit> out = new ArrayList<>(2);
        Hit before = FieldHits.endingAt(hits, hit.first());
        Hit after = FieldHits.startingAt(hits, hit.end());
        if (before != null) {
            out.add(before);
        }
        if (after != null && after != before) {
            out.add(after);
        }
        return out;
    }

    private static boolean namedGroupInSentence(ArticleState state, FieldText f, int sentence) {
        for (Hit h : state.hits(f).inSentence(state.hits(f).actors(), sentence)) {
            state.step();
            if (h.entries().get(0) instanceof Entry.ActorName a
                    && SentenceSignals.NON_STATE_ARMED.contains(a.actor().category())) {
                return true; // not "a battle against the French troops": the Islamists are still unnamed
            }
        }
        return false;
    }

    /** The country of a demonym right before or right after a generic actor phrase ("Chadian rebels", "rebelles tchadiens"). */
    static String demonymBefore(ArticleState state, FieldText f, Hit hit) {
        for (Hit p : nextTo(state.hits(f).places(), hit)) {
            if (CountryInContext.isCountryDemonym(p)) {
                for (Entry e : p.entries()) {
                    if (e instanceof Entry.PlaceName pn && pn.demonym() && pn.place().kind() == RegionKind.COUNTRY) {
                        return pn.place().countryCode();
                    }
                }
            }
        }
        return null;
    }

    /** "Tuareg-led", "Fulani-dominated", "Arab-majority": the name qualifies what follows. */
    private static boolean leadsSomething(FieldText f, Hit hit) {
        int end = hit.span().end();
        String text = f.original;
        if (end >= text.length() || text.charAt(end) != '-') {
            return false;
        }
        String next = f.token(hit.end());
        return next.equals("led") || next.equals("dominated") || next.equals("majority") || next.equals("based");
    }

    /** The people of an ETHNIC phrase right before or after an armed phrase ("Fulani gunmen", "hommes armés peuls"), or null. */
    private static String peopleQualifying(ArticleState state, FieldText f, Hit hit) {
        for (Hit h : nextTo(state.hits(f).actors(), hit)) {
            if (h.entries().get(0) instanceof Entry.GenericActor g && g.role() == Entry.GenericRole.ETHNIC) {
                return people(g.group());
            }
        }
        return null;
    }
}
