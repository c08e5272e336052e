package org.sahelwatch.tagging;

import static org.sahelwatch.tagging.TaggingDictionary.foldedKey;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.Mention;
import org.sahelwatch.avro.RegionTag;

/**
 * Generic actor phrases ({@code config/generic-actors.tsv}) resolved to actors of the country in
 * context, the way ACLED codes them: "soldiers" to that state's forces (or the army the sentence
 * names), "police" and "gendarmes" to its police and gendarmerie, "gunmen" to an unidentified armed
 * group, "jihadists" to Islamist militants, victims to its civilians with their group ("Pastoralists",
 * "Fulani Ethnic Group"), marchers to protesters, peacekeepers to the UN mission of the year.
 * {@link GenericActorCues} first says whether the phrase names a new party at all.
 */
final class GenericActors {

    /** Roles whose demonym ("Chadian rebels", "Malian soldiers", "an American national") gives their country. */
    private static final Set<Entry.GenericRole> OWN_NATIONALITY = EnumSet.of(Entry.GenericRole.UNIDENTIFIED,
            Entry.GenericRole.ISLAMIST, Entry.GenericRole.CIVILIANS, Entry.GenericRole.STATE,
            Entry.GenericRole.POLICE, Entry.GenericRole.GENDARMERIE);

    /** The people whose militia ACLED codes with its livelihood, "Pastoralists". */
    private static final String HERDING_PEOPLE = "Fulani";

    /** Where a generic phrase stands: its field, sentence, first token and mention. */
    private record Phrase(FieldText f, int sentence, int token, Mention mention) { }

    private final TaggingDictionary dict;

    GenericActors(TaggingDictionary dict) {
        this.dict = dict;
    }

    /** Adds the actors a generic phrase names, if it names a new party. */
    void resolve(ArticleState state, FieldText f, Hit hit, int sentence, Entry.GenericActor generic, Mention mention) {
        if (GenericActorCues.namesNoNewParty(state, f, hit, sentence, generic)) {
            return;
        }
        Phrase at = new Phrase(f, sentence, hit.first(), mention);
        String militiaPeople = GenericActorCues.militiaPeople(state, f, hit, generic);
        if (militiaPeople != null) {
            addEthnicMilitia(state, at, militiaPeople);
            return;
        }
        // "Chadian rebels" are Chadian wherever they fight; foreign victims ("an American national") are
        // civilians of their country, as ACLED codes them; "l'armée nigérienne", "Malian soldiers" are that
        // state's forces; soldiers and police named by no nationality belong to the country of the event
        String demonym = GenericActorCues.demonymBefore(state, f, hit);
        String cc = demonym != null && OWN_NATIONALITY.contains(generic.role()) ? demonym
                : CountryInContext.of(state, f, sentence);
        if (generic.role() == Entry.GenericRole.PEACEKEEPERS) {
            Actor mission = peacekeepingMission(state, cc);
            if (mission != null) {
                add(state, at, mission, 0.6);
            }
            return;
        }
        Entry.GenericRole role = roleInSentence(state, f, sentence, generic.role());
        if (role == null) {
            return; // "a march in support of the defence and security forces": a topic, not a party
        }
        resolveRole(state, at, generic, role, cc);
    }

    private void resolveRole(ArticleState state, Phrase at, Entry.GenericActor generic, Entry.GenericRole role,
                             String cc) {
        if (role == Entry.GenericRole.POLICE || role == Entry.GenericRole.GENDARMERIE) {
            Actor body = cc == null ? null : dict.actors.stateBodyOf(cc,
                    role == Entry.GenericRole.POLICE ? "-police" : "-gendarmerie").orElse(null);
            if (body != null) {
                add(state, at, body, 0.6);
                return;
            }
            role = Entry.GenericRole.STATE;
        }
        String group = generic.group();
        if (generic.role() == Entry.GenericRole.ETHNIC) {
            // "Fulani;Pastoralists": the people, and the livelihood ACLED codes for it as victims; a people
            // that marches is an associated group of the protesters, without its livelihood
            boolean marching = role == Entry.GenericRole.PROTESTERS;
            addPeople(state, at, GenericActorCues.people(group), marching, cc);
            role = marching ? Entry.GenericRole.PROTESTERS : Entry.GenericRole.CIVILIANS;
            int semicolon = group.indexOf(';');
            group = marching || semicolon < 0 ? "" : group.substring(semicolon + 1).strip();
        }
        addGroup(state, at, group, role, cc);
        addByRole(state, at, role, cc);
    }

    /**
     * The role the phrase plays in its sentence, or null when it is no party: people who march are
     * protesters, forces a march supports are its topic, forces that disperse a crowd (or fight one
     * where no armed group is in the story) are policing it.
     */
    private static Entry.GenericRole roleInSentence(ArticleState state, FieldText f, int sentence,
                                                    Entry.GenericRole role) {
        if ((role == Entry.GenericRole.CIVILIANS || role == Entry.GenericRole.ETHNIC)
                && SentenceSignals.protest(state, f, sentence)) {
            return Entry.GenericRole.PROTESTERS; // "hundreds of women took to the streets"
        }
        if (role == Entry.GenericRole.STATE && SentenceSignals.protest(state, f, sentence)) {
            if (!SentenceSignals.intervention(state, f, sentence)) {
                return null;
            }
            return Entry.GenericRole.POLICE; // "security forces dispersed the protesters": crowd control is policing
        }
        if (role == Entry.GenericRole.STATE && SentenceSignals.crowdWithoutArmedGroup(state)) {
            // "three days of rioting … clashes broke out between them and the security agents": the forces a
            // crowd fights, where no armed group is in the story, are policing it
            return Entry.GenericRole.POLICE;
        }
        return role;
    }

    /**
     * "Fulani" as victims: ACLED's "Fulani Ethnic Group (Mali)", with the country's civilians and, for a
     * people ACLED codes by its livelihood, "Pastoralists (Mali)" or "Farmers (Mali)".
     */
    private void addPeople(ArticleState state, Phrase at, String people, boolean marching, String cc) {
        addGeneric(state, at, "ethnic-" + foldedKey(people).replace(' ', '-') + "-" + idSuffix(cc),
                people + " Ethnic Group" + suffix(cc), marching ? ActorCategory.PROTESTERS : ActorCategory.CIVILIANS, cc);
    }

    /** The group ACLED codes with civilians or protesters ("Women", "Students"); the government for a mayor attacked. */
    private void addGroup(ArticleState state, Phrase at, String group, Entry.GenericRole role, String cc) {
        if (group.equals("Government") && role == Entry.GenericRole.CIVILIANS) {
            // a mayor or councillor attacked: ACLED adds the government as an associated actor
            Actor government = cc == null ? null : dict.actors.byId(dict.actors.stateBodyOf(cc, "-armed-forces")
                    .map(a -> a.id().replace("-armed-forces", "-government")).orElse("")).orElse(null);
            if (government != null) {
                add(state, at, government, 0.5);
            }
        } else if (!group.isEmpty() && (role == Entry.GenericRole.CIVILIANS || role == Entry.GenericRole.PROTESTERS)) {
            addGeneric(state, at, foldedKey(group).replace(' ', '-') + "-" + idSuffix(cc), group + suffix(cc),
                    role == Entry.GenericRole.CIVILIANS ? ActorCategory.CIVILIANS : ActorCategory.PROTESTERS, cc);
        }
    }

    private void addByRole(ArticleState state, Phrase at, Entry.GenericRole role, String cc) {
        String suffix = suffix(cc);
        String idSuffix = idSuffix(cc);
        switch (role) {
            case POLICE, GENDARMERIE, ETHNIC, PEACEKEEPERS -> { }
            case STATE -> addStateForces(state, at, cc);
            case UNIDENTIFIED -> addGeneric(state, at, "unidentified-armed-group-" + idSuffix,
                    "Unidentified Armed Group" + suffix, ActorCategory.POLITICAL_MILITIA, cc);
            case ISLAMIST -> addGeneric(state, at, "islamist-militants-" + idSuffix,
                    "Islamist Militants" + suffix, ActorCategory.REBEL_GROUP, cc);
            case CIVILIANS -> addGeneric(state, at, "civilians-" + idSuffix, "Civilians" + suffix,
                    ActorCategory.CIVILIANS, cc);
            case PROTESTERS -> addGeneric(state, at, "protesters-" + idSuffix, "Protesters" + suffix,
                    ActorCategory.PROTESTERS, cc);
            case RIOTERS -> addGeneric(state, at, "rioters-" + idSuffix, "Rioters" + suffix,
                    ActorCategory.RIOTERS, cc);
        }
    }

    /** The national army the sentence names, else that of the country, else "State forces (X)". */
    private void addStateForces(ArticleState state, Phrase at, String cc) {
        Actor army = stateForcesNamedIn(state, at.f(), at.sentence());
        if (army == null) {
            army = cc == null ? null : dict.actors.stateForcesOf(cc).orElse(null);
        }
        if (army != null) {
            add(state, at, army, 0.6);
        } else {
            addGeneric(state, at, "state-forces-" + idSuffix(cc), "State forces" + suffix(cc),
                    ActorCategory.STATE_FORCES, cc);
        }
    }

    /** The national state forces already named in the sentence: "a Nigerien army convoy … two soldiers". */
    private Actor stateForcesNamedIn(ArticleState state, FieldText f, int sentence) {
        for (ActorMention m : state.actorMentions.inSentence(f, sentence)) {
            state.step();
            if (m.category() == ActorCategory.STATE_FORCES) {
                Actor a = dict.actors.byId(m.actorId()).orElse(null);
                if (a != null && a.countryCode() != null && a.id().contains("armed-forces")) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * A people's militia: its row of actors.tsv ("Fulani (Peul) militias"), else ACLED's
     * "&lt;People&gt; Ethnic Militia (&lt;country&gt;)" for the country in context.
     */
    private void addEthnicMilitia(ArticleState state, Phrase at, String people) {
        Actor militia = dict.actors.ethnicMilitiaOf(people).orElse(null);
        if (militia != null) {
            add(state, at, militia, 0.6);
            livelihoodOf(state, at, militia);
            return;
        }
        String cc = CountryInContext.of(state, at.f(), at.sentence());
        addGeneric(state, at, "ethnic-militia-" + foldedKey(people).replace(' ', '-') + "-" + idSuffix(cc),
                people + " Ethnic Militia" + suffix(cc), ActorCategory.IDENTITY_MILITIA, cc);
    }

    /**
     * ACLED codes the militias of a herding people with that livelihood as associated actor: "Fulani Ethnic
     * Militia (Mali)" acts with "Pastoralists (Mali)" (the former "Herders (Mali)"). Farming peoples' armed men
     * (Dogon, Bambara) are coded as their named militias (Dan Na Ambassagou, Dozo) without a livelihood.
     */
    void livelihoodOf(ArticleState state, FieldText f, Hit hit, int sentence, Actor militia, Mention mention) {
        livelihoodOf(state, new Phrase(f, sentence, hit.first(), mention), militia);
    }

    private void livelihoodOf(ArticleState state, Phrase at, Actor militia) {
        if (militia.category() != ActorCategory.IDENTITY_MILITIA || !dict.actors.ethnicMilitiaOf(HERDING_PEOPLE)
                .map(m -> m.id().equals(militia.id())).orElse(false)) {
            return;
        }
        String cc = CountryInContext.of(state, at.f(), at.sentence());
        String id = "pastoralists-" + idSuffix(cc);
        addGeneric(state, at, id, "Pastoralists" + suffix(cc), ActorCategory.CIVILIANS, cc);
        state.codedAssociates.add(id);
    }

    /**
     * The UN mission deployed in the year of the article in the country in context, else in the one country
     * the article names that had one: peacekeepers belong to the mission, whatever their nationality.
     */
    private Actor peacekeepingMission(ArticleState state, String cc) {
        if (cc != null) {
            Actor mission = dict.actors.peacekeepingMissionIn(dict.gazetteer.countryName(cc), state.publishedYear)
                    .orElse(null);
            if (mission != null) {
                return mission;
            }
        }
        if (state.onlyMissionOfTheRegions == null) {
            Set<Actor> found = new LinkedHashSet<>();
            for (RegionTag r : state.regions.values()) {
                state.step();
                dict.actors.peacekeepingMissionIn(dict.gazetteer.countryName(r.getCountryCode()), state.publishedYear)
                        .ifPresent(found::add);
            }
            state.onlyMissionOfTheRegions = Optional.ofNullable(found.size() == 1 ? found.iterator().next() : null);
        }
        return state.onlyMissionOfTheRegions.orElse(null);
    }

    private static void add(ArticleState state, Phrase at, Actor actor, double confidence) {
        state.addActor(actor, confidence, at.mention(), at.f(), at.sentence(), at.token());
    }

    private static void addGeneric(ArticleState state, Phrase at, String id, String name, ActorCategory category,
                                   String cc) {
        state.addActor(id, name, category, cc, 0.5, at.mention());
        state.actorMentions.add(new ActorMention(at.f(), at.sentence(), at.token(), id, category));
    }

    /** " (Mali)" for ML; empty for no country. */
    private String suffix(String cc) {
        return cc == null ? "" : " (" + dict.gazetteer.countryName(cc) + ")";
    }

    /** "ml" for ML; "xx" for no country. */
    private static String idSuffix(String cc) {
        return cc == null ? "xx" : cc.toLowerCase(Locale.ROOT);
    }
}
