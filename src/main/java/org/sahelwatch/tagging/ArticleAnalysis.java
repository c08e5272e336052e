package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.Mention;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.events.EventRule;
import org.sahelwatch.events.FatalityExtractor;
import org.sahelwatch.text.Span;

/**
 * The tagging of one article, step by step: dictionary hits per field, then places, actors and
 * events resolved against each other (a place inside an actor's name is not a place; a generic
 * actor takes the country of the places around it; an event's agent decides its sub-type).
 * Single-use and single-threaded: {@link Tagger} makes one per article.
 */
final class ArticleAnalysis {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ArticleAnalysis.class);

    private final TaggingDictionary dict;
    private final ArticleState state;

    ArticleAnalysis(TaggingDictionary dict, ArticleState state) {
        this.dict = dict;
        this.state = state;
    }

    void run() {
        for (FieldText f : state.fields) {
            resolveActors(f);
            namedOrganisations(f);
        }
        for (FieldText f : state.fields) {
            classifyEvents(f);
        }
        dropHeadlinesRetold();
        communalBrawls();
        addImpliedParties();
        countFatalities();
    }

    // ---- actors -----------------------------------------------------------------------------

    private void resolveActors(FieldText f) {
        for (Hit hit : state.hits(f).actors()) {
            int sentence = f.sentenceOf(hit.first());
            Mention mention = f.mention(hit.span());
            Entry first = hit.entries().get(0);
            if (first instanceof Entry.ActorName named) {
                Actor actor = chooseNamed(hit, named.actor());
                if ((actor.category() == ActorCategory.STATE_FORCES || actor.category() == ActorCategory.EXTERNAL_FORCES)
                        && protestInSentence(f, sentence) && !forceActsIn(f, sentence)) {
                    continue; // "protested against the French military presence": the topic, not a party
                }
                addActor(actor.id(), actor.name(), actor.category(), actor.countryCode(), 0.9, mention);
                state.actorMentions.add(new ActorMention(f, sentence, hit.first(), actor.id(), actor.category()));
                livelihoodOf(f, hit, sentence, actor, mention);
                if (actor.category() == ActorCategory.STATE_FORCES || actor.category() == ActorCategory.EXTERNAL_FORCES) {
                    coordinatedForces(f, hit, sentence);
                }
            } else if (first instanceof Entry.GenericActor generic) {
                resolveGeneric(f, hit, sentence, generic, mention);
            }
        }
    }

    /**
     * A name with an organisation word, followed by its acronym in parentheses, that no dictionary names:
     * "the Coalition of Housing Rights Associations (CADDL)", "le Collectif des associations de défense du
     * droit au logement (CADDL)". Such bodies (associations, unions, parties, coalitions) organise marches
     * and strikes; ACLED codes them as associated actors. Tagged as OTHER with the country in context, and
     * the acronym's later mentions join it.
     */
    private void namedOrganisations(FieldText f) {
        java.util.regex.Matcher m = ACRONYM_IN_PARENTHESES.matcher(f.original);
        while (m.find()) {
            int nameStart = organisationNameStart(f.original, m.start());
            if (nameStart < 0 || coveredByKnownActor(f, nameStart, m.end())) {
                continue;
            }
            String name = f.original.substring(nameStart, m.start()).strip();
            String acronym = m.group(1);
            int first = firstTokenAtOrAfter(f, nameStart);
            if (first < 0) {
                continue;
            }
            int sentence = f.sentenceOf(first);
            String cc = countryInContext(f, sentence);
            String id = "org-" + acronym.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    + (cc == null ? "" : "-" + cc.toLowerCase(java.util.Locale.ROOT));
            addActor(id, name + " (" + acronym + ")", ActorCategory.OTHER, cc, 0.6, f.mention(new Span(nameStart, m.end())));
            state.actorMentions.add(new ActorMention(f, sentence, first, id, ActorCategory.OTHER));
            int from = m.end();
            int at;
            while ((at = f.original.indexOf(acronym, from)) >= 0) {
                int end = at + acronym.length();
                if ((at == 0 || !Character.isLetterOrDigit(f.original.charAt(at - 1)))
                        && (end == f.original.length() || !Character.isLetterOrDigit(f.original.charAt(end)))) {
                    state.actors.get(id).getMentions().add(f.mention(new Span(at, end))); // "the CADDL said"
                }
                from = end;
            }
        }
    }

    private static final java.util.regex.Pattern ACRONYM_IN_PARENTHESES =
            java.util.regex.Pattern.compile("\\((\\p{Lu}[\\p{Lu}0-9&/-]{1,11})\\)");

    /** Lower-case words that may join the capitalised words of a name: "Coalition of Housing Rights". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "the", "and", "in", "on", "against", "de",
            "des", "du", "la", "le", "les", "pour", "et", "contre", "au", "aux", "d", "l");

    /**
     * Where the organisation's name before {@code paren} starts: at the last capitalised organisation word
     * within ten words with no punctuation between ("Coalition … Associations", "Collectif des associations de
     * défense du droit au logement"), extended left over capitalised words and joiners ("National Coalition"),
     * without leading joiners; -1 when there is none.
     */
    private static int organisationNameStart(String text, int paren) {
        List<int[]> words = new ArrayList<>(); // [start, end], right to left
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
            words.add(new int[] {i, end});
        }
        int org = -1;
        for (int w = 0; w < words.size(); w++) {
            String word = text.substring(words.get(w)[0], words.get(w)[1]);
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
            String word = text.substring(words.get(w)[0], words.get(w)[1]);
            if (Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
                start = w; // "National Coalition": capitalised, not an acronym
            } else if (!NAME_JOINERS.contains(foldedKey(word))) {
                break;
            }
        }
        while (start > org && NAME_JOINERS.contains(foldedKey(text.substring(words.get(start)[0], words.get(start)[1])))) {
            start--;
        }
        String first = text.substring(words.get(start)[0], words.get(start)[1]);
        if (ARTICLES_BEFORE_NAMES.contains(first) && start > 0) {
            start--; // "The Coalition …": the article is not part of the name
        }
        return words.get(start)[0];
    }

    private static final Set<String> ARTICLES_BEFORE_NAMES = Set.of("The", "La", "Le", "Les");

    /** Words that make a name an organisation's: "Coalition", "Union", "Collectif", "Syndicat" … (folded). */
    private static final Set<String> ORGANISATION_WORDS = Set.of("association", "associations", "coalition",
            "union", "movement", "mouvement", "front", "party", "parti", "rally", "rassemblement", "council",
            "conseil", "committee", "comite", "collective", "collectif", "confederation", "federation", "syndicate",
            "syndicat", "alliance", "coordination", "network", "reseau", "league", "ligue", "organisation",
            "organization", "platform", "plateforme", "convention", "congress", "congres", "forum", "observatory",
            "observatoire", "society", "societe", "group", "groupe", "cadre", "consortium");

    private static int firstTokenAtOrAfter(FieldText f, int offset) {
        for (int t = 0; t < f.tokens.count(); t++) {
            if (f.span(t, t + 1).start() >= offset) {
                return t;
            }
        }
        return -1;
    }

    /** A dictionary actor's hit lies inside [start, end) of the original text. */
    private boolean coveredByKnownActor(FieldText f, int start, int end) {
        for (Hit h : state.hits(f).actors()) {
            Span span = h.span();
            if (h.entries().get(0) instanceof Entry.ActorName && span.start() >= start && span.end() <= end) {
                return true;
            }
        }
        return false;
    }

    /**
     * "French and Malian forces", "French &amp; Malian troops", "Burkinabe and French aircraft": a
     * demonym joined by "and" to a national force names that country's forces too.
     */
    private void coordinatedForces(FieldText f, Hit hit, int sentence) {
        for (Hit p : state.hits(f).places()) {
            boolean joined = (p.end() == hit.first() - 1 && (f.token(p.end()).equals("and") || f.token(p.end()).equals("et")))
                    || (p.end() == hit.first() && f.original.substring(p.span().end(), hit.span().start()).trim().equals("&"))
                    // "les forces françaises et maliennes": the second demonym follows the force's name
                    || (p.first() == hit.end() + 1 && f.token(hit.end()).equals("et"));
            if (!joined || f.sentenceOf(p.first()) != sentence) {
                continue;
            }
            for (Entry e : p.entries()) {
                if (e instanceof Entry.PlaceName pn && pn.demonym() && pn.place().kind() == RegionKind.COUNTRY) {
                    String cc = pn.place().countryCode();
                    Actor forces = dict.actors.nationalForcesOf(cc).orElse(null);
                    if (forces != null) {
                        addActor(forces.id(), forces.name(), forces.category(), forces.countryCode(), 0.7, f.mention(p.span()));
                        state.actorMentions.add(new ActorMention(f, sentence, p.first(), forces.id(), forces.category()));
                    }
                    return;
                }
            }
        }
    }

    private Actor chooseNamed(Hit hit, Actor fallback) {
        for (Entry e : hit.entries()) {
            if (e instanceof Entry.ActorName a && a.actor().countryCode() != null
                    && state.contextCountries.contains(a.actor().countryCode())) {
                return a.actor();
            }
        }
        return fallback;
    }

    /** Generic words for a person that name a party only after a nationality: "an American national". */
    private static final Set<String> NEEDS_NATIONALITY = Set.of("national");

    private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an", "un", "une");

    /** Generic phrases that name a new party only after an indefinite word: "an armed group", "another armed group". */
    private static final Set<String> NEEDS_ARTICLE = Set.of("armed group", "groupe arme");

    private void resolveGeneric(FieldText f, Hit hit, int sentence, Entry.GenericActor generic, Mention mention) {
        if (NEEDS_NATIONALITY.contains(foldedKey(generic.phrase())) && demonymBefore(f, hit) == null) {
            return; // "the National Assembly", "a national strike": no person
        }
        if (NEEDS_ARTICLE.contains(foldedKey(generic.phrase())) && !INDEFINITE.contains(f.token(hit.first() - 1))) {
            return; // "from an armed group" is a party; "the armed group", "formation of armed group" are not new ones
        }
        if (generic.role() == Entry.GenericRole.ETHNIC && (leadsSomething(f, hit) || ARMED_NOUNS.contains(f.token(hit.end())))) {
            return; // "the Tuareg-led separatist alliance", "Tuareg forces": the people describe an armed body
        }
        if (foldedKey(generic.phrase()).contains("separatist") && namedRebelGroupInArticle()) {
            return; // "retook Kidal from Tuareg separatists" … "the CMA": the separatists are the group the article names
        }
        if (generic.role() == Entry.GenericRole.ISLAMIST && namedGroupInSentence(f, sentence)) {
            return; // "JNIM militants": the group is named, the generic word adds nothing
        }
        if (generic.role() == Entry.GenericRole.UNIDENTIFIED && ANAPHORIC.contains(foldedKey(generic.phrase()))
                && !indefinite(f, hit.first()) && namedArmedGroupSoFar(f, hit.first())) {
            return; // "ISGS militants attacked … the assailants seized the vehicle": the same group
        }
        if (generic.role() == Entry.GenericRole.ISLAMIST && DEFINITE.contains(f.token(hit.first() - 1))
                && namedRebelGroupSoFar(f, hit.first())) {
            return; // "ISGS militants killed … the militants also seized a motorbike": the same group
        }
        if ((generic.role() == Entry.GenericRole.UNIDENTIFIED || generic.role() == Entry.GenericRole.ISLAMIST)
                && associatesOf(f, sentence, hit.first())) {
            return; // "eleven people accused of being accomplices to militants": the militants are not a party
        }
        if (generic.role() == Entry.GenericRole.CIVILIANS && freedBefore(f, sentence, hit.first())) {
            return; // "soldiers freed two hostages": the people rescued are not a party of the operation
        }
        if (generic.role() == Entry.GenericRole.CIVILIANS && CASUALTY_WORDS.contains(foldedKey(generic.phrase()))
                && clashWithoutCivilianTargetIn(f, sentence)) {
            return; // "several persons were injured in the clashes": the fighters, not civilians
        }
        if ((generic.role() == Entry.GenericRole.UNIDENTIFIED || generic.role() == Entry.GenericRole.ISLAMIST)
                && namedNonStateActorJustBefore(f, hit)) {
            return; // "FACT rebels", "GATIA gunmen": the named group, qualified
        }
        if (generic.role() == Entry.GenericRole.ETHNIC && armedPhraseNextTo(f, hit)) {
            return; // "Fulani gunmen", "Tuareg rebels": the people qualifies armed men, it is not their victim
        }
        if (generic.role() == Entry.GenericRole.UNIDENTIFIED && !REBELS.contains(foldedKey(generic.phrase()))) {
            String people = peopleQualifying(f, hit);
            if (people != null) {
                // "Fulani gunmen": armed men named by their people are that people's militia, as ACLED codes them
                // ("Fulani jihadists" stay Islamist militants, "Tuareg rebels" an armed group: not communal)
                addEthnicMilitia(f, hit, sentence, people, mention);
                return;
            }
        }
        if (generic.role() == Entry.GenericRole.ETHNIC && communalPair(f, hit)) {
            // "violence between Dogon and Fulani", "affrontements entre Peuls et Dogons": each people fights as
            // its communal militia, neither is only a victim
            String group = generic.group();
            addEthnicMilitia(f, hit, sentence, group.contains(";") ? group.substring(0, group.indexOf(';')).strip() : group,
                    mention);
            return;
        }
        String demonym = demonymBefore(f, hit);
        boolean ownNationality = demonym != null && (generic.role() == Entry.GenericRole.UNIDENTIFIED
                || generic.role() == Entry.GenericRole.ISLAMIST || generic.role() == Entry.GenericRole.CIVILIANS
                || generic.role() == Entry.GenericRole.STATE || generic.role() == Entry.GenericRole.POLICE
                || generic.role() == Entry.GenericRole.GENDARMERIE);
        // "Chadian rebels" are Chadian wherever they fight; foreign victims ("an American national") are
        // civilians of their country, as ACLED codes them; "l'armée nigérienne", "Malian soldiers" are that
        // state's forces; soldiers and police named by no nationality belong to the country of the event
        String cc = ownNationality ? demonym : countryInContext(f, sentence);
        String country = cc == null ? null : dict.gazetteer.countryName(cc);
        String suffix = cc == null ? "" : " (" + country + ")";
        String idSuffix = cc == null ? "xx" : cc.toLowerCase(java.util.Locale.ROOT);
        String group = generic.group();
        Entry.GenericRole role = generic.role();
        if (role == Entry.GenericRole.PEACEKEEPERS) {
            Actor mission = peacekeepingMission(cc);
            if (mission != null) {
                addActor(mission.id(), mission.name(), mission.category(), mission.countryCode(), 0.6, mention);
                state.actorMentions.add(new ActorMention(f, sentence, hit.first(), mission.id(), mission.category()));
            }
            return;
        }
        String people = null;
        if (role == Entry.GenericRole.ETHNIC) {
            // "Fulani;Pastoralists": the people, and the livelihood ACLED codes for it as victims
            int semicolon = group.indexOf(';');
            people = semicolon < 0 ? group : group.substring(0, semicolon).strip();
            group = semicolon < 0 ? "" : group.substring(semicolon + 1).strip();
        }
        if ((role == Entry.GenericRole.CIVILIANS || role == Entry.GenericRole.ETHNIC) && protestInSentence(f, sentence)) {
            role = Entry.GenericRole.PROTESTERS; // "hundreds of women took to the streets"
        }
        if (role == Entry.GenericRole.STATE && protestInSentence(f, sentence)) {
            if (!interventionInSentence(f, sentence)) {
                return; // "a march in support of the defence and security forces": a topic, not a party
            }
            role = Entry.GenericRole.POLICE; // "security forces dispersed the protesters": crowd control is policing
        }
        if (role == Entry.GenericRole.STATE && crowdWithoutArmedGroup()) {
            // "three days of rioting … clashes broke out between them and the security agents": the forces a
            // crowd fights, where no armed group is in the story, are policing it
            role = Entry.GenericRole.POLICE;
        }
        if (role == Entry.GenericRole.POLICE || role == Entry.GenericRole.GENDARMERIE) {
            Actor body = cc == null ? null : dict.actors.stateBodyOf(cc,
                    role == Entry.GenericRole.POLICE ? "-police" : "-gendarmerie").orElse(null);
            if (body != null) {
                addActor(body.id(), body.name(), body.category(), body.countryCode(), 0.6, mention);
                state.actorMentions.add(new ActorMention(f, sentence, hit.first(), body.id(), body.category()));
                return;
            }
            role = Entry.GenericRole.STATE;
        }
        if (people != null) {
            // "Fulani" as victims: ACLED's "Fulani Ethnic Group (Mali)", with the country's civilians and,
            // for a people ACLED codes by its livelihood, "Pastoralists (Mali)" or "Farmers (Mali)";
            // a people that marches is an associated group of the protesters, without its livelihood
            boolean marching = role == Entry.GenericRole.PROTESTERS;
            addGeneric(f, hit, sentence, "ethnic-" + foldedKey(people).replace(' ', '-') + "-" + idSuffix,
                    people + " Ethnic Group" + suffix, marching ? ActorCategory.PROTESTERS : ActorCategory.CIVILIANS,
                    cc, mention);
            role = marching ? Entry.GenericRole.PROTESTERS : Entry.GenericRole.CIVILIANS;
            if (marching) {
                group = "";
            }
        }
        if (group.equals("Government") && role == Entry.GenericRole.CIVILIANS) {
            // a mayor or councillor attacked: ACLED adds the government as an associated actor
            Actor government = cc == null ? null : dict.actors.byId(dict.actors.stateBodyOf(cc, "-armed-forces")
                    .map(a -> a.id().replace("-armed-forces", "-government")).orElse("")).orElse(null);
            if (government != null) {
                addActor(government.id(), government.name(), government.category(), government.countryCode(), 0.5, mention);
                state.actorMentions.add(new ActorMention(f, sentence, hit.first(), government.id(), government.category()));
            }
            group = "";
        }
        if (!group.isEmpty() && (role == Entry.GenericRole.CIVILIANS || role == Entry.GenericRole.PROTESTERS)) {
            addGeneric(f, hit, sentence, foldedKey(group).replace(' ', '-') + "-" + idSuffix, group + suffix,
                    role == Entry.GenericRole.CIVILIANS ? ActorCategory.CIVILIANS : ActorCategory.PROTESTERS, cc, mention);
        }
        switch (role) {
            case POLICE, GENDARMERIE, ETHNIC, PEACEKEEPERS -> { }
            case STATE -> {
                Actor army = stateForcesNamedIn(f, sentence);
                if (army == null) {
                    army = cc == null ? null : dict.actors.stateForcesOf(cc).orElse(null);
                }
                if (army != null) {
                    addActor(army.id(), army.name(), army.category(), army.countryCode(), 0.6, mention);
                    state.actorMentions.add(new ActorMention(f, sentence, hit.first(), army.id(), army.category()));
                } else {
                    addGeneric(f, hit, sentence, "state-forces-" + idSuffix, "State forces" + suffix,
                            ActorCategory.STATE_FORCES, cc, mention);
                }
            }
            case UNIDENTIFIED -> addGeneric(f, hit, sentence, "unidentified-armed-group-" + idSuffix,
                    "Unidentified Armed Group" + suffix, ActorCategory.POLITICAL_MILITIA, cc, mention);
            case ISLAMIST -> addGeneric(f, hit, sentence, "islamist-militants-" + idSuffix,
                    "Islamist Militants" + suffix, ActorCategory.REBEL_GROUP, cc, mention);
            case CIVILIANS -> addGeneric(f, hit, sentence, "civilians-" + idSuffix, "Civilians" + suffix,
                    ActorCategory.CIVILIANS, cc, mention);
            case PROTESTERS -> addGeneric(f, hit, sentence, "protesters-" + idSuffix, "Protesters" + suffix,
                    ActorCategory.PROTESTERS, cc, mention);
            case RIOTERS -> addGeneric(f, hit, sentence, "rioters-" + idSuffix, "Rioters" + suffix,
                    ActorCategory.RIOTERS, cc, mention);
        }
    }

    /** The national state forces already named in the sentence: "a Nigerien army convoy … two soldiers". */
    private Actor stateForcesNamedIn(FieldText f, int sentence) {
        for (ActorMention m : state.actorMentions) {
            if (m.field() == f && m.sentence() == sentence && m.category() == ActorCategory.STATE_FORCES) {
                Actor a = dict.actors.byId(m.actorId()).orElse(null);
                if (a != null && a.countryCode() != null && a.id().contains("armed-forces")) {
                    return a;
                }
            }
        }
        return null;
    }

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

    private boolean namedRebelGroupInArticle() {
        return state.fields.stream().anyMatch(f -> state.hits(f).actors().stream().anyMatch(h -> h.entries().get(0)
                instanceof Entry.ActorName a && a.actor().category() == ActorCategory.REBEL_GROUP));
    }

    /** Words before a generic armed phrase that make it a new party: "a group of gunmen", "other armed men". */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "other", "another", "some", "un", "une", "des",
            "autres");

    /** Collective nouns that, with "of"/"de", make an indefinite new party: "a group of gunmen", "une bande d'hommes armés". */
    private static final Set<String> COLLECTIVE = Set.of("group", "band", "gang", "groupe", "bande");

    /** The generic phrase at {@code token} is indefinite: "a group of gunmen", "other armed men", "des assaillants". */
    private static boolean indefinite(FieldText f, int token) {
        String before = f.token(token - 1);
        return INDEFINITE.contains(before)
                || (Set.of("of", "de", "d").contains(before) && COLLECTIVE.contains(f.token(token - 2)));
    }

    /** Words that may join a generic phrase to the named group it belongs to: "rebels of the MNLA", "rebelles de la CMA". */
    private static final Set<String> OF_THE = Set.of("of", "the", "de", "du", "des", "la", "l");

    /**
     * A named non-state actor qualifies the generic phrase: it ends right where the phrase starts ("FACT rebels",
     * "GATIA gunmen"), or follows it joined by "of the" / "de la" ("rebels of the MNLA", "rebelles de la CMA").
     */
    private boolean namedNonStateActorJustBefore(FieldText f, Hit hit) {
        for (Hit h : state.hits(f).actors()) {
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
     * A people's militia: its row of actors.tsv ("Fulani (Peul) militias"), else ACLED's
     * "&lt;People&gt; Ethnic Militia (&lt;country&gt;)" for the country in context.
     */
    private void addEthnicMilitia(FieldText f, Hit hit, int sentence, String people, Mention mention) {
        Actor militia = dict.actors.ethnicMilitiaOf(people).orElse(null);
        if (militia != null) {
            addActor(militia.id(), militia.name(), militia.category(), militia.countryCode(), 0.6, mention);
            state.actorMentions.add(new ActorMention(f, sentence, hit.first(), militia.id(), militia.category()));
            livelihoodOf(f, hit, sentence, militia, mention);
            return;
        }
        String cc = countryInContext(f, sentence);
        String suffix = cc == null ? "" : " (" + dict.gazetteer.countryName(cc) + ")";
        String idSuffix = cc == null ? "xx" : cc.toLowerCase(java.util.Locale.ROOT);
        addGeneric(f, hit, sentence, "ethnic-militia-" + foldedKey(people).replace(' ', '-') + "-" + idSuffix,
                people + " Ethnic Militia" + suffix, ActorCategory.IDENTITY_MILITIA, cc, mention);
    }

    /**
     * ACLED codes the militias of a herding people with that livelihood as associated actor: "Fulani Ethnic
     * Militia (Mali)" acts with "Pastoralists (Mali)" (the former "Herders (Mali)"). Farming peoples' armed men
     * (Dogon, Bambara) are coded as their named militias (Dan Na Ambassagou, Dozo) without a livelihood.
     */
    private void livelihoodOf(FieldText f, Hit hit, int sentence, Actor militia, Mention mention) {
        if (militia.category() != ActorCategory.IDENTITY_MILITIA || !dict.actors.ethnicMilitiaOf(HERDING_PEOPLE)
                .map(m -> m.id().equals(militia.id())).orElse(false)) {
            return;
        }
        String cc = countryInContext(f, sentence);
        String suffix = cc == null ? "" : " (" + dict.gazetteer.countryName(cc) + ")";
        String id = "pastoralists-" + (cc == null ? "xx" : cc.toLowerCase(java.util.Locale.ROOT));
        addGeneric(f, hit, sentence, id, "Pastoralists" + suffix, ActorCategory.CIVILIANS, cc, mention);
        state.codedAssociates.add(id);
    }

    /** The people whose militia ACLED codes with its livelihood, "Pastoralists". */
    private static final String HERDING_PEOPLE = "Fulani";

    /**
     * The ETHNIC hit is one side of "between &lt;people&gt; and &lt;people&gt;" / "entre &lt;peuple&gt; et &lt;peuple&gt;"
     * (an article and "communities" allowed): two peoples at odds.
     */
    private boolean communalPair(FieldText f, Hit hit) {
        Hit other = null;
        boolean first = false;
        for (Hit h : state.hits(f).actors()) {
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

    private static final Set<String> COMMUNITY_ARTICLES = Set.of("the", "les", "des", "communities", "communautes");

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
    private boolean armedPhraseNextTo(FieldText f, Hit hit) {
        for (Hit h : state.hits(f).actors()) {
            if ((h.first() == hit.end() || h.end() == hit.first()) && h.entries().get(0) instanceof Entry.GenericActor g
                    && (g.role() == Entry.GenericRole.UNIDENTIFIED || g.role() == Entry.GenericRole.ISLAMIST)) {
                return true;
            }
        }
        return false;
    }

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

    /** Verbs of rescue: the people they take as object were freed, not attacked. */
    private static final Set<String> FREED = Set.of("freed", "liberated", "liberate", "rescued", "rescue",
            "libere", "liberes", "liberer", "liberee", "liberees", "secouru", "secourus");

    /** A verb of rescue comes at most three words before the phrase, in its sentence ("liberate two aid workers"). */
    private static boolean freedBefore(FieldText f, int sentence, int token) {
        for (int t = token - 1; t >= Math.max(0, token - 3) && f.sentenceOf(t) == sentence; t--) {
            if (FREED.contains(f.token(t))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence tells of a clash or a riot (a trigger of those types) and of no violence against civilians. */
    private boolean clashWithoutCivilianTargetIn(FieldText f, int sentence) {
        boolean clash = false;
        for (Hit h : state.hits(f).triggers()) {
            if (f.sentenceOf(h.first()) != sentence) {
                continue;
            }
            for (Entry e : h.entries()) {
                org.sahelwatch.avro.EventType type = ((Entry.Trigger) e).rule().eventType();
                if (type == org.sahelwatch.avro.EventType.VIOLENCE_AGAINST_CIVILIANS) {
                    return false;
                }
                clash |= type == org.sahelwatch.avro.EventType.BATTLES || type == org.sahelwatch.avro.EventType.RIOTS;
            }
        }
        return clash;
    }

    /**
     * The UN mission deployed in the year of the article in the country in context, else in the one country
     * the article names that had one: peacekeepers belong to the mission, whatever their nationality.
     */
    private Actor peacekeepingMission(String cc) {
        if (cc != null) {
            Actor mission = dict.actors.peacekeepingMissionIn(dict.gazetteer.countryName(cc), state.publishedYear).orElse(null);
            if (mission != null) {
                return mission;
            }
        }
        Set<Actor> found = new java.util.LinkedHashSet<>();
        for (RegionTag r : state.regions.values()) {
            dict.actors.peacekeepingMissionIn(dict.gazetteer.countryName(r.getCountryCode()), state.publishedYear)
                    .ifPresent(found::add);
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** A named rebel group is mentioned before token {@code before} (title counts as before the body). */
    private boolean namedRebelGroupSoFar(FieldText f, int before) {
        for (FieldText g : state.fields) {
            for (Hit h : state.hits(g).actors()) {
                if (g == f && h.first() >= before) {
                    break;
                }
                if (h.entries().get(0) instanceof Entry.ActorName a && a.actor().category() == ActorCategory.REBEL_GROUP) {
                    return true;
                }
            }
            if (g == f) {
                break;
            }
        }
        return false;
    }

    /** A named non-state armed group is mentioned before token {@code before} (title counts as before the body). */
    private boolean namedArmedGroupSoFar(FieldText f, int before) {
        for (FieldText g : state.fields) {
            for (Hit h : state.hits(g).actors()) {
                if (g == f && h.first() >= before) {
                    break;
                }
                if (h.entries().get(0) instanceof Entry.ActorName a
                        && (a.actor().category() == ActorCategory.REBEL_GROUP
                            || a.actor().category() == ActorCategory.POLITICAL_MILITIA
                            || a.actor().category() == ActorCategory.IDENTITY_MILITIA)) {
                    return true;
                }
            }
            if (g == f) {
                break;
            }
        }
        return false;
    }

    /** The sentence tells of an intervention or a clash: tear gas, dispersal, arrests, confrontation. */
    private boolean interventionInSentence(FieldText f, int sentence) {
        return state.hits(f).contextsIn(sentence).stream()
                .anyMatch(r -> r.subEventType().equals("Protest with intervention")
                        || r.eventType() == org.sahelwatch.avro.EventType.RIOTS)
                || state.hits(f).triggers().stream().anyMatch(h -> f.sentenceOf(h.first()) == sentence
                        && h.entries().stream().anyMatch(e -> ((Entry.Trigger) e).rule().eventType()
                                == org.sahelwatch.avro.EventType.BATTLES));
    }

    /**
     * In a protest sentence, a force acts (and is a party) when the sentence tells of an intervention (tear gas,
     * dispersal, arrests) or has a trigger of another event type ("fired on", "killed", "clashed").
     */
    private boolean forceActsIn(FieldText f, int sentence) {
        if (state.hits(f).contextsIn(sentence).stream()
                .anyMatch(r -> r.subEventType().equals("Protest with intervention"))) {
            return true;
        }
        return state.hits(f).triggers().stream().anyMatch(h -> f.sentenceOf(h.first()) == sentence && !isMonthMarch(f, h)
                && h.entries().stream().anyMatch(e -> ((Entry.Trigger) e).rule().eventType()
                        != org.sahelwatch.avro.EventType.PROTESTS));
    }

    /** The sentence has a protest trigger ("demonstrated", "took to the streets", "en grève"). */
    private boolean protestInSentence(FieldText f, int sentence) {
        for (Hit h : state.hits(f).triggers()) {
            Set<EventRule> contexts = state.hits(f).contextsIn(sentence);
            if (isMonthMarch(f, h)) {
                continue; // "On March 12, militants attacked …": the month, not a march
            }
            if (f.sentenceOf(h.first()) == sentence && h.entries().stream().map(e -> ((Entry.Trigger) e).rule())
                    .anyMatch(r -> r.eventType() == org.sahelwatch.avro.EventType.PROTESTS
                            || (r.eventType() == org.sahelwatch.avro.EventType.RIOTS
                                && (r.context().isEmpty() || contexts.contains(r))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article tells of a protest or riot (in any sentence) and names no non-state armed actor: no rebel
     * group, militia, gunmen or militants.
     */
    private boolean crowdWithoutArmedGroup() {
        if (state.crowdWithoutArmedGroup == null) {
            state.crowdWithoutArmedGroup = computeCrowdWithoutArmedGroup();
        }
        return state.crowdWithoutArmedGroup;
    }

    private boolean computeCrowdWithoutArmedGroup() {
        boolean crowd = false;
        for (FieldText f : state.fields) {
            for (int s = 0; s < f.sentences.size() && !crowd; s++) {
                crowd = protestInSentence(f, s);
            }
            for (Hit h : state.hits(f).actors()) {
                Entry e = h.entries().get(0);
                if (e instanceof Entry.ActorName a && NON_STATE_ARMED.contains(a.actor().category())
                        || e instanceof Entry.GenericActor g && (g.role() == Entry.GenericRole.UNIDENTIFIED
                            || g.role() == Entry.GenericRole.ISLAMIST)) {
                    return false;
                }
            }
        }
        return crowd;
    }

    private static final Set<ActorCategory> NON_STATE_ARMED = java.util.EnumSet.of(ActorCategory.REBEL_GROUP,
            ActorCategory.POLITICAL_MILITIA, ActorCategory.IDENTITY_MILITIA);

    /** "March" written with a capital inside a sentence, or next to a number, is the month. */
    private static boolean isMonthMarch(FieldText f, Hit h) {
        if (h.end() - h.first() != 1 || !f.token(h.first()).equals("march")) {
            return false;
        }
        boolean sentenceStart = h.first() == 0 || f.sentenceOf(h.first() - 1) != f.sentenceOf(h.first());
        return (f.isCapitalised(h.first()) && !sentenceStart)
                || f.token(h.first() + 1).chars().allMatch(Character::isDigit) && !f.token(h.first() + 1).isEmpty()
                || f.token(h.first() - 1).chars().allMatch(Character::isDigit) && !f.token(h.first() - 1).isEmpty();
    }

    private void addGeneric(FieldText f, Hit hit, int sentence, String id, String name, ActorCategory category,
                            String cc, Mention mention) {
        addActor(id, name, category, cc, 0.5, mention);
        state.actorMentions.add(new ActorMention(f, sentence, hit.first(), id, category));
    }

    private boolean namedGroupInSentence(FieldText f, int sentence) {
        for (Hit h : state.hits(f).actors()) {
            if (f.sentenceOf(h.first()) == sentence && h.entries().get(0) instanceof Entry.ActorName a
                    && NON_STATE_ARMED.contains(a.actor().category())) {
                return true; // not "a battle against the French troops": the Islamists are still unnamed
            }
        }
        return false;
    }

    /** The country of the most specific place in the sentence, else the article's main country. */
    String countryInContext(FieldText f, int sentence) {
        RegionTag best = null;
        for (PlaceMention pm : state.placeMentions) {
            if (pm.field() == f && pm.sentence() == sentence && !qualifyingDemonyms(f).contains(pm.token())) {
                RegionTag tag = state.regions.get(pm.placeId());
                if (best == null || rank(tag) > rank(best)) {
                    best = tag;
                }
            }
        }
        return best != null ? best.getCountryCode() : mainCountry();
    }

    /**
     * The tokens where a country demonym qualifies a generic actor phrase, before it or (in French) after it
     * ("Guinean peacekeepers", "casques bleus guinéens"), or is part of a foreign force's name ("the French
     * forces"): such a demonym tells whose the actor is, not where the event took place.
     */
    private Set<Integer> qualifyingDemonyms(FieldText f) {
        return state.qualifyingDemonyms.computeIfAbsent(f, field -> {
            Set<Integer> starts = new HashSet<>();
            Set<Integer> ends = new HashSet<>();
            for (Hit a : state.hits(field).actors()) {
                if (a.entries().get(0) instanceof Entry.GenericActor) {
                    starts.add(a.first());
                    ends.add(a.end());
                }
            }
            Set<Integer> tokens = new HashSet<>();
            for (Hit p : state.hits(field).places()) {
                if (isCountryDemonym(p) && (starts.contains(p.end()) || ends.contains(p.first()))) {
                    tokens.add(p.first());
                }
                // "the French forces": a foreign force's nationality says whose it is, not where it fights
                if (isCountryDemonym(p) && state.hits(field).actors().stream().anyMatch(a -> a.covers(p)
                        && a.entries().get(0) instanceof Entry.ActorName n
                        && n.actor().category() == ActorCategory.EXTERNAL_FORCES)) {
                    tokens.add(p.first());
                }
            }
            return tokens;
        });
    }

    private static boolean isCountryDemonym(Hit p) {
        return p.entries().stream().anyMatch(e -> e instanceof Entry.PlaceName pn && pn.demonym()
                && pn.place().kind() == RegionKind.COUNTRY);
    }

    /** The country of a demonym right before or right after a generic actor phrase ("Chadian rebels", "rebelles tchadiens"). */
    private String demonymBefore(FieldText f, Hit hit) {
        for (Hit p : state.hits(f).places()) {
            if ((p.end() == hit.first() || p.first() == hit.end()) && isCountryDemonym(p)) {
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
    private String peopleQualifying(FieldText f, Hit hit) {
        for (Hit h : state.hits(f).actors()) {
            if ((h.end() == hit.first() || h.first() == hit.end()) && h.entries().get(0) instanceof Entry.GenericActor g
                    && g.role() == Entry.GenericRole.ETHNIC) {
                String group = g.group();
                return group.contains(";") ? group.substring(0, group.indexOf(';')).strip() : group;
            }
        }
        return null;
    }

    private static int rank(RegionTag tag) {
        return (Gazetteer.isSahel(tag.getCountryCode()) && tag.getKind() != RegionKind.FEATURE ? 10 : 0)
                + Place.specificity(tag.getKind());
    }

    /** The country named most often (Sahel countries first), counting places in it. */
    String mainCountry() {
        Map<String, Integer> counts = new HashMap<>();
        for (PlaceMention pm : state.placeMentions) {
            RegionTag tag = state.regions.get(pm.placeId());
            counts.merge(tag.getCountryCode(), Gazetteer.isSahel(tag.getCountryCode()) ? 100 : 1, Integer::sum);
        }
        String named = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
        if (named != null) {
            return named;
        }
        // no place named: the one Sahel country of the named actors and demonyms ("GATIA militiamen")
        List<String> sahel = state.contextCountries.stream().filter(Gazetteer::isSahel).sorted().toList();
        return sahel.size() == 1 ? sahel.get(0) : null;
    }

    private void addActor(String id, String name, ActorCategory category, String cc, double confidence,
                          Mention mention) {
        ActorTag tag = state.actors.computeIfAbsent(id, k -> ActorTag.newBuilder().setActorId(id).setName(name)
                .setCategory(category).setCountryCode(cc).setConfidence(confidence)
                .setMentions(new ArrayList<>()).build());
        tag.setConfidence(Math.max(tag.getConfidence(), confidence));
        tag.getMentions().add(mention);
    }

    // ---- events -----------------------------------------------------------------------------

    private void classifyEvents(FieldText f) {
        Map<Integer, EventTag> bestBySentence = new LinkedHashMap<>();
        Map<Integer, Integer> orderBySentence = new HashMap<>();
        Map<Integer, EventTag> armedClash = new HashMap<>();
        for (Hit hit : state.hits(f).triggers()) {
            int sentence = f.sentenceOf(hit.first());
            if (EventContext.isSuppressed(f, sentence, hit.first(), state.publishedYear)) {
                continue;
            }
            ActorMention agent = agentOf(f, sentence, hit);
            Boolean agentIsState = agent == null ? null : agent.category() == ActorCategory.STATE_FORCES;
            Set<EventRule> contexts = state.hits(f).contextsIn(sentence);
            Entry.Trigger chosen = null;
            EventRule.ObjectKind object = EventObject.of(f, sentence, hit.first(), hit.end(), state.actorMentions);
            for (Entry e : hit.entries()) {
                Entry.Trigger t = (Entry.Trigger) e;
                if (t.rule().acceptsAgent(agentIsState)
                        && t.rule().acceptsObject(object, contexts.contains(t.rule()))
                        && (chosen == null || t.order() < chosen.order())) {
                    chosen = t;
                }
            }
            if (chosen == null) {
                continue;
            }
            if (chosen.rule().eventType() == org.sahelwatch.avro.EventType.BATTLES
                    && object == EventRule.ObjectKind.ARMED && !armedClash.containsKey(sentence)) {
                armedClash.put(sentence, eventTag(f, sentence, hit, chosen.rule(), agent != null));
            }
            Integer previous = orderBySentence.get(sentence);
            if (previous == null || chosen.order() < previous) {
                orderBySentence.put(sentence, chosen.order());
                bestBySentence.put(sentence, eventTag(f, sentence, hit, chosen.rule(), agent != null));
            }
        }
        for (Map.Entry<Integer, EventTag> e : bestBySentence.entrySet()) {
            EventTag event = e.getValue();
            EventTag clash = armedClash.get(e.getKey());
            // "people were killed when militants attacked the town and clashed with the army": a battle
            addEvent(clash != null && event.getEventType() == org.sahelwatch.avro.EventType.VIOLENCE_AGAINST_CIVILIANS
                    ? clash : event);
        }
    }

    /**
     * Adds an event unless it retells one already found: same type and sub-type, at the same place,
     * at a place inside the other's (Timbuktu the town and Timbuktu the region), or with no place.
     * The more specific telling is kept.
     */
    private void addEvent(EventTag event) {
        RegionTag place = primaryPlace(event);
        for (int i = 0; i < state.events.size(); i++) {
            EventTag existing = state.events.get(i);
            if (existing.getEventType() != event.getEventType()
                    || !existing.getSubEventType().equals(event.getSubEventType())) {
                continue;
            }
            RegionTag existingPlace = primaryPlace(existing);
            if (place == null || existingPlace == null || place == existingPlace || Regions.contains(place, existingPlace)) {
                if (isTitle(existing) && !isTitle(event) && existingPlace != null
                        && (place == existingPlace || (place != null && Regions.contains(existingPlace, place)))) {
                    state.events.set(i, event); // the body's telling of the headline's event carries more evidence
                }
                return;
            }
            if (Regions.contains(existingPlace, place)) {
                state.events.set(i, event);
                return;
            }
        }
        state.events.add(event);
    }

    private RegionTag primaryPlace(EventTag event) {
        return event.getPlaceIds().isEmpty() ? null : state.regions.get(event.getPlaceIds().get(0));
    }

    /**
     * A headline announces the event its body tells: a title event is dropped when the body has an
     * event of the same type and sub-type at a place that agrees ("Clashes near Gao" over "soldiers
     * clashed … near Bourem").
     */
    private void dropHeadlinesRetold() {
        state.events.removeIf(title -> isTitle(title)
                && state.events.stream().anyMatch(body -> !isTitle(body)
                        && body.getEventType() == title.getEventType()
                        && body.getSubEventType().equals(title.getSubEventType())
                        && samePlaceOrNone(title, body)));
    }

    /**
     * Either has no place, or one's place is, or contains, the other's, or both lie in one admin1
     * region (the headline's "near Gao" for the body's "near Bourem"); not Tinzaouatène and Bamako.
     */
    private boolean samePlaceOrNone(EventTag a, EventTag b) {
        RegionTag pa = primaryPlace(a);
        RegionTag pb = primaryPlace(b);
        return pa == null || pb == null || pa == pb || Regions.contains(pa, pb) || Regions.contains(pb, pa)
                || (pa.getCountryCode().equals(pb.getCountryCode()) && pa.getAdmin1() != null
                    && pa.getAdmin1().equals(pb.getAdmin1()));
    }

    private static boolean isTitle(EventTag event) {
        return event.getSentence().getField() == org.sahelwatch.avro.MentionField.TITLE;
    }

    /**
     * The acting party of a trigger: after "by" in a passive ("was retaken by the army"), else the
     * nearest actor before the trigger in its sentence, else the first after it. Persons and
     * civilians are never the agent of an armed event.
     */
    private ActorMention agentOf(FieldText f, int sentence, Hit trigger) {
        List<ActorMention> inSentence = state.actorMentions.stream()
                .filter(m -> m.field() == f && m.sentence() == sentence)
                .filter(m -> m.category() != ActorCategory.OTHER && m.category() != ActorCategory.CIVILIANS)
                .toList();
        boolean passive = EventObject.agentFollows(f, trigger.end());
        ActorMention before = null;
        ActorMention after = null;
        for (ActorMention m : inSentence) {
            if (m.token() < trigger.first()) {
                before = m;
            } else if (m.token() >= trigger.end() && after == null) {
                after = m;
            }
        }
        if (passive && after != null) {
            return after;
        }
        return before != null ? before : after;
    }

    /** The associated actors of a sentence's event: those joined to a party, and those ACLED always codes so. */
    private List<String> associatedIn(FieldText f, int sentence, List<String> actorIds) {
        List<String> out = new ArrayList<>(associated(f, sentence));
        for (String id : actorIds) {
            if (state.codedAssociates.contains(id) && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Phrases that join a force to the party it fights alongside, folded, as token lists. */
    private static final List<List<String>> ALONGSIDE = java.util.stream.Stream.of(
            "and", "et", "accompanied by", "in coordination with", "with support from", "with the support of",
            "backed by", "supported by", "assisted by", "alongside", "together with", "aux cotes de",
            "appuyes par", "appuyee par", "appuyees par", "soutenus par", "accompagnes de", "accompagnes par",
            "avec l appui de", "avec le soutien de", "en coordination avec", "accompagnee de", "accompagnee par",
            "accompagne de", "accompagne par", "accompagnees de", "appuye par", "soutenue par", "soutenu par",
            "epaulee par", "epaules par", "epaule par", "aux cotes des")
            .map(p -> List.of(p.split(" "))).toList();

    /** The generic words a force's name may carry that a joining phrase does not include. */
    private static final Set<String> FORCE_NOUNS = Set.of("forces", "troops", "army", "soldiers", "units", "force",
            "armee", "militiamen", "aircrafts", "aircraft", "miliciens", "militaires", "soldats", "troupes", "unites",
            "elements", "avions");

    private static final Set<String> TRAILING_ARTICLES = Set.of("the", "les", "la", "le", "l", "des", "de", "du",
            "volunteer");

    private static final Set<ActorCategory> PRO_STATE = java.util.EnumSet.of(ActorCategory.STATE_FORCES,
            ActorCategory.EXTERNAL_FORCES);

    /**
     * ACLED's associated actors in a sentence: a force joined to an earlier one by "and", "&",
     * "accompanied by", "with support from", "aux côtés de" …, where both are state or foreign forces,
     * or one is and the other a militia (not a rebel group: "the army and the CMA clashed" are
     * opponents; nor two forces joined by a plain "and" in a sentence where they clash or exchange fire). The later one is associated: "French and Malian forces" have the French as the
     * party and the Malian forces associated, as ACLED codes joint operations.
     */
    private List<String> associated(FieldText f, int sentence) {
        List<ActorMention> inSentence = state.actorMentions.stream()
                .filter(m -> m.field() == f && m.sentence() == sentence)
                .sorted(Comparator.comparingInt(ActorMention::token)).toList();
        int[] range = f.sentenceTokens(sentence);
        boolean reciprocal = false;
        for (int t = range[0]; t < range[1]; t++) {
            String w = f.token(t);
            reciprocal |= w.equals("clashed") || w.equals("exchanged") || w.equals("fought") || w.startsWith("affront")
                    || w.equals("accroches") || w.equals("echange");
        }
        List<String> out = new ArrayList<>();
        for (int j = 1; j < inSentence.size(); j++) {
            ActorMention b = inSentence.get(j);
            if (!armedAlly(b.category()) || b.category() == ActorCategory.REBEL_GROUP) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                ActorMention a = inSentence.get(i);
                // a force joined to an associated one is associated too: "the army with support from U.S. and French forces"
                if (a.actorId().equals(b.actorId()) || !armedAlly(a.category())
                        || !(PRO_STATE.contains(a.category()) || PRO_STATE.contains(b.category()))) {
                    continue;
                }
                if (joined(f, a, b, reciprocal)) {
                    if (!out.contains(b.actorId())) {
                        out.add(b.actorId());
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static boolean armedAlly(ActorCategory c) {
        return c == ActorCategory.STATE_FORCES || c == ActorCategory.EXTERNAL_FORCES
                || c == ActorCategory.IDENTITY_MILITIA || c == ActorCategory.POLITICAL_MILITIA;
    }

    /**
     * The words between the end of {@code a}'s mention and {@code b}'s are a joining phrase ("and",
     * "accompanied by"), possibly with the generic word of {@code a} before it ("Malian army and
     * GATIA units", "Burkinabe soldiers and volunteer fighters"), or just an ampersand.
     */
    private boolean joined(FieldText f, ActorMention a, ActorMention b, boolean reciprocal) {
        int aEnd = mentionEnd(f, a);
        if (aEnd < 0 || aEnd > b.token()) {
            return false;
        }
        while (aEnd < b.token() && demonymAt(f, aEnd)) {
            aEnd++; // "l'armée nigérienne, avec le soutien de …": the nationality after the force's noun
        }
        List<String> between = new ArrayList<>();
        for (int t = aEnd; t < b.token(); t++) {
            between.add(f.token(t));
        }
        while (!between.isEmpty() && FORCE_NOUNS.contains(between.get(0))) {
            between.remove(0);
        }
        while (!between.isEmpty() && !ALONGSIDE.contains(between) && (FORCE_NOUNS.contains(between.get(between.size() - 1))
                || TRAILING_ARTICLES.contains(between.get(between.size() - 1)))) {
            // "… accompanied by the", "… and volunteer (fighters)"; not the "de" of "avec le soutien de"
            between.remove(between.size() - 1);
        }
        if (between.isEmpty()) {
            int from = f.span(aEnd - 1, aEnd).end();
            int to = f.span(b.token(), b.token() + 1).start();
            return !reciprocal && from <= to && f.original.substring(from, to).contains("&");
        }
        boolean plainAnd = between.size() == 1 && (between.get(0).equals("and") || between.get(0).equals("et"));
        // "GATIA and Nigerien soldiers exchanged gunfire": joined by "and", but on opposite sides
        return ALONGSIDE.contains(between) && !(plainAnd && reciprocal);
    }

    private boolean demonymAt(FieldText f, int t) {
        return state.hits(f).places().stream().anyMatch(h -> h.first() <= t && t < h.end()
                && h.entries().stream().anyMatch(e -> e instanceof Entry.PlaceName p && p.demonym()));
    }

    /** The token after the end of the actor's mention that starts at {@code m.token()}, or -1. */
    private int mentionEnd(FieldText f, ActorMention m) {
        for (Hit h : state.hits(f).actors()) {
            if (h.first() == m.token()) {
                return h.end();
            }
        }
        for (Hit h : state.hits(f).places()) {
            if (h.first() == m.token()) {
                return h.end(); // a force named by its demonym: "U.S. and French forces"
            }
        }
        return m.token() + 1;
    }

    private EventTag eventTag(FieldText f, int sentence, Hit trigger, EventRule rule, boolean hasAgent) {
        List<String> actorIds = new ArrayList<>();
        for (ActorMention m : state.actorMentions) {
            if (m.field() == f && m.sentence() == sentence && !actorIds.contains(m.actorId())) {
                actorIds.add(m.actorId());
            }
        }
        List<PlaceMention> places = new ArrayList<>();
        for (PlaceMention pm : state.placeMentions) {
            if (pm.field() == f && pm.sentence() == sentence) {
                places.add(pm);
            }
        }
        places.sort(Comparator.comparingInt((PlaceMention pm) -> -rank(state.regions.get(pm.placeId())))
                .thenComparingInt(PlaceMention::token));
        List<String> placeIds = new ArrayList<>();
        for (PlaceMention pm : places) {
            if (!placeIds.contains(pm.placeId())) {
                placeIds.add(pm.placeId());
            }
        }
        Span sentenceSpan = f.sentences.get(sentence);
        int[] range = f.sentenceTokens(sentence);
        OptionalInt deaths = FatalityExtractor.inSentence(f.tokens, range[0], range[1]);
        return EventTag.newBuilder()
                .setFatalities(deaths.isPresent() ? deaths.getAsInt() : null)
                .setEventType(rule.eventType())
                .setSubEventType(rule.subEventType())
                .setConfidence(hasAgent ? rule.confidence() : rule.confidence() * 0.85)
                .setEvidence(new ArrayList<>(List.of(f.mention(trigger.span()))))
                .setRuleId(rule.id())
                .setSentence(f.mention(sentenceSpan))
                .setActorIds(actorIds)
                .setAssociatedActorIds(associatedIn(f, sentence, actorIds))
                .setPlaceIds(placeIds)
                .build();
    }

    /**
     * The party an event type implies when no phrase named it: violence against civilians or looting
     * has civilian victims, a protest has protesters ("the town's youths demonstrated" names none),
     * and in a riot the protesters are rioters. They take the article's main country.
     */
    private void addImpliedParties() {
        String cc = mainCountry();
        if (cc == null || state.events.isEmpty()) {
            return;
        }
        String country = dict.gazetteer.countryName(cc);
        String idSuffix = cc.toLowerCase(java.util.Locale.ROOT);
        for (EventTag event : state.events) {
            switch (event.getEventType()) {
                case VIOLENCE_AGAINST_CIVILIANS -> impliedActor("civilians-" + idSuffix, "Civilians (" + country + ")",
                        ActorCategory.CIVILIANS, cc, event);
                case STRATEGIC_DEVELOPMENTS -> {
                    // looting after a fight takes from the fighters ("killed eight soldiers … also seized a
                    // motorbike"): no civilian victims are implied when the article tells a battle
                    boolean battle = state.events.stream().anyMatch(e -> e.getEventType() == org.sahelwatch.avro.EventType.BATTLES);
                    if (event.getSubEventType().startsWith("Looting") && !battle) {
                        impliedActor("civilians-" + idSuffix, "Civilians (" + country + ")", ActorCategory.CIVILIANS, cc, event);
                    }
                }
                case PROTESTS -> {
                    if (state.actors.values().stream().noneMatch(a -> a.getCategory() == ActorCategory.RIOTERS)) {
                        impliedActor("protesters-" + idSuffix, "Protesters (" + country + ")",
                                ActorCategory.PROTESTERS, cc, event);
                    } // else the crowd of the protest turned riot is already there, as rioters
                }
                case RIOTS -> {
                    // a demonstration that turns violent is one riot: its crowd are rioters. When the article
                    // also tells a protest, only the crowd the riot's own sentence names riots, unless it
                    // names none ("the inhabitants took to the streets … clashes broke out between them and
                    // the security agents")
                    boolean protestEvent = state.events.stream().anyMatch(e -> e.getEventType() == org.sahelwatch.avro.EventType.PROTESTS);
                    List<String> crowdOfRiot = event.getActorIds().stream().filter(id -> isGenericCrowd(state.actors.get(id))).toList();
                    List<String> rioting = !protestEvent || crowdOfRiot.isEmpty()
                            ? state.actors.values().stream().filter(this::isGenericCrowd).map(ActorTag::getActorId).toList()
                            : crowdOfRiot;
                    for (String id : rioting) {
                        toRioters(id);
                    }
                    if (rioting.isEmpty()) {
                        // "prostesters demonstrating … clashed with security forces": a riot has rioters
                        impliedActor("rioters-" + idSuffix, "Rioters (" + country + ")", ActorCategory.RIOTERS, cc, event);
                    }
                }
                case EXPLOSIONS_REMOTE_VIOLENCE -> {
                    // an IED whose layer the report does not name: ACLED codes "Unidentified Armed Group" of the
                    // country as actor 1; the forces and militias it hits are its victims, never its authors
                    // ("the device was likely planted by JNIM militants" may come sentences later)
                    boolean authorNamed = state.actors.values().stream().anyMatch(a -> (a.getCategory() == ActorCategory.REBEL_GROUP
                                || a.getActorId().startsWith("unidentified-armed-group-")));
                    if (event.getSubEventType().startsWith("Remote explosive") && !authorNamed) {
                        addImplied("unidentified-armed-group-" + idSuffix, "Unidentified Armed Group (" + country + ")",
                                ActorCategory.POLITICAL_MILITIA, cc, event, true);
                    }
                }
                default -> { }
            }
        }
    }

    /**
     * A clash whose only parties are unarmed people ("two camps … from the Soninke community clashed"), with no
     * one killed, in an article that names no armed actor at all, is ACLED's mob violence between rioters: the people become
     * "Rioters (X)" and the community they belong to an associated actor.
     */
    private void communalBrawls() {
        boolean armed = state.actors.values().stream().anyMatch(a -> ARMED_CATEGORIES.contains(a.getCategory()));
        if (armed) {
            return;
        }
        boolean brawl = false;
        for (EventTag event : state.events) {
            boolean unarmedOnly = !event.getActorIds().isEmpty() && event.getActorIds().stream()
                    .allMatch(id -> id.startsWith("civilians-") || id.startsWith("ethnic-"));
            boolean deadly = event.getFatalities() != null && event.getFatalities() > 0;
            if (event.getEventType() != org.sahelwatch.avro.EventType.BATTLES || !unarmedOnly || deadly) {
                continue; // a deadly communal clash is a battle of communal militias, as ACLED codes it
            }
            brawl = true;
            event.setEventType(org.sahelwatch.avro.EventType.RIOTS);
            event.setSubEventType("Mob violence");
            for (String id : List.copyOf(event.getActorIds())) {
                if (id.startsWith("ethnic-") && !event.getAssociatedActorIds().contains(id)) {
                    event.getAssociatedActorIds().add(id);
                } else if (id.startsWith("civilians-")) {
                    renameAsRioters(id, "Civilians");
                }
            }
        }
        if (brawl) {
            // "Twelve people were wounded": the brawl's own casualties, not an attack on civilians
            state.events.removeIf(e -> e.getEventType() == org.sahelwatch.avro.EventType.VIOLENCE_AGAINST_CIVILIANS
                    && e.getActorIds().stream().allMatch(id -> id.startsWith("rioters-")));
        }
    }

    private static final Set<ActorCategory> ARMED_CATEGORIES = java.util.EnumSet.of(ActorCategory.STATE_FORCES,
            ActorCategory.REBEL_GROUP, ActorCategory.POLITICAL_MILITIA, ActorCategory.IDENTITY_MILITIA,
            ActorCategory.EXTERNAL_FORCES);

    /** A generic crowd (not a dictionary actor): "Protesters (Niger)", "Students (Niger)". */
    private boolean isGenericCrowd(ActorTag a) {
        return a != null && (a.getCategory() == ActorCategory.PROTESTERS || a.getCategory() == ActorCategory.RIOTERS)
                && dict.actors.byId(a.getActorId()).isEmpty();
    }

    /** The protesters of a riot are rioters: "Protesters (Niger)" becomes "Rioters (Niger)", "Students (Niger)" riot. */
    private void toRioters(String id) {
        ActorTag crowd = state.actors.get(id);
        if (crowd == null || crowd.getCategory() == ActorCategory.RIOTERS) {
            return;
        }
        if (!id.startsWith("protesters-")) {
            crowd.setCategory(ActorCategory.RIOTERS); // the groups ("Students (Niger)") riot too
            return;
        }
        renameAsRioters(id, "Protesters");
    }

    /**
     * A generic crowd that riots under its generic label, in every event of the article: "Protesters (Niger)"
     * and "Civilians (Mali)" who fight each other become "Rioters (…)" ({@code label} is the former label).
     */
    private void renameAsRioters(String id, String label) {
        ActorTag crowd = state.actors.remove(id);
        if (crowd == null) {
            return;
        }
        String riotersId = "rioters-" + id.substring(id.indexOf('-') + 1);
        if (state.actors.containsKey(riotersId)) {
            state.actors.get(riotersId).getMentions().addAll(crowd.getMentions()); // the same crowd
        } else {
            crowd.setActorId(riotersId);
            crowd.setName(crowd.getName().replaceFirst("^" + label, "Rioters"));
            crowd.setCategory(ActorCategory.RIOTERS);
            state.actors.put(riotersId, crowd);
        }
        for (EventTag e : state.events) {
            List<String> ids = e.getActorIds().stream().map(x -> x.equals(id) ? riotersId : x).distinct().toList();
            e.getActorIds().clear();
            e.getActorIds().addAll(ids);
        }
    }

    /** Adds a generic party with no mention of its own unless one of its category is already there. */
    private void impliedActor(String id, String name, ActorCategory category, String cc, EventTag event) {
        if (state.actors.values().stream().noneMatch(a -> a.getCategory() == category)) {
            addImplied(id, name, category, cc, event, false);
        }
    }

    /** Adds a party no phrase names to the event: first (as actor 1) or last. */
    private void addImplied(String id, String name, ActorCategory category, String cc, EventTag event, boolean first) {
        state.actors.computeIfAbsent(id, k -> ActorTag.newBuilder().setActorId(k).setName(name).setCategory(category)
                .setCountryCode(cc).setConfidence(0.4).setMentions(new ArrayList<>()).build());
        if (!event.getActorIds().contains(id)) {
            event.getActorIds().add(first ? 0 : event.getActorIds().size(), id);
        }
    }

    // ---- fatalities -------------------------------------------------------------------------

    private void countFatalities() {
        Integer best = null;
        for (FieldText f : state.fields) {
            for (int s = 0; s < f.sentences.size(); s++) {
                int[] range = f.sentenceTokens(s);
                if (range[1] <= range[0] || EventContext.isBackground(f, range[0], range[1], state.publishedYear)) {
                    continue;
                }
                OptionalInt count = FatalityExtractor.inSentence(f.tokens, range[0], range[1]);
                if (count.isPresent() && (best == null || count.getAsInt() > best)) {
                    best = count.getAsInt();
                }
            }
        }
        state.fatalities = best;
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static String foldedKey(String phrase) {
        return String.join(" ", TaggingDictionary.tokensOf(phrase));
    }
}
