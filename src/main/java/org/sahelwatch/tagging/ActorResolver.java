package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.List;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.Mention;
import org.sahelwatch.avro.RegionKind;

/**
 * Tagging stage, the actors an article names, field by field in the order of their mentions: a
 * named actor (where an alias names actors of several countries, the one of a country in context),
 * the forces of a demonym joined to a national force ("French and Malian forces"), a generic phrase
 * resolved by {@link GenericActors}, then the organisations named with their acronym
 * ({@link NamedOrganisations}). A force that a protest is against is its topic, not a party.
 */
final class ActorResolver {

    private final TaggingDictionary dict;
    private final GenericActors generic;
    private final NamedOrganisations organisations;

    ActorResolver(TaggingDictionary dict, GenericActors generic, NamedOrganisations organisations) {
        this.dict = dict;
        this.generic = generic;
        this.organisations = organisations;
    }

    /** Writes the actors and their mentions into the state. */
    void resolve(ArticleState state) {
        for (FieldText f : state.fields) {
            for (Hit hit : state.hits(f).actors()) {
                state.step();
                int sentence = f.sentenceOf(hit.first());
                Mention mention = f.mention(hit.span());
                Entry first = hit.entries().get(0);
                if (first instanceof Entry.ActorName named) {
                    resolveNamed(state, f, hit, sentence, chooseNamed(state, hit, named.actor()), mention);
                } else if (first instanceof Entry.GenericActor phrase) {
                    generic.resolve(state, f, hit, sentence, phrase, mention);
                }
            }
            organisations.find(state, f);
        }
    }

    private void resolveNamed(ArticleState state, FieldText f, Hit hit, int sentence, Actor actor, Mention mention) {
        boolean force = actor.category() == ActorCategory.STATE_FORCES || actor.category() == ActorCategory.EXTERNAL_FORCES;
        if (force && SentenceSignals.protest(state, f, sentence) && !SentenceSignals.forceActs(state, f, sentence)) {
            return; // "protested against the French military presence": the topic, not a party
        }
        state.addActor(actor, 0.9, mention, f, sentence, hit.first());
        generic.livelihoodOf(state, f, hit, sentence, actor, mention);
        if (force) {
            coordinatedForces(state, f, hit, sentence);
        }
    }

    /**
     * "French and Malian forces", "French &amp; Malian troops", "Burkinabe and French aircraft": a
     * demonym joined by "and" to a national force names that country's forces too.
     */
    private void coordinatedForces(ArticleState state, FieldText f, Hit hit, int sentence) {
        List<Hit> places = state.hits(f).places();
        List<Hit> nextToIt = new ArrayList<>(3); // the only place hits the tests below can accept, in text order
        for (Hit p : new Hit[] {FieldHits.endingAt(places, hit.first() - 1), FieldHits.endingAt(places, hit.first()),
                FieldHits.startingAt(places, hit.end() + 1)}) {
            if (p != null) {
                nextToIt.add(p);
            }
        }
        for (Hit p : nextToIt) {
            boolean joined = (p.end() == hit.first() - 1 && (f.token(p.end()).equals("and") || f.token(p.end()).equals("et")))
                    || (p.end() == hit.first() && f.original.substring(p.span().end(), hit.span().start()).trim().equals("&"))
                    // "les forces françaises et maliennes": the second demonym follows the force's name
                    || (p.first() == hit.end() + 1 && f.token(hit.end()).equals("et"));
            if (!joined || f.sentenceOf(p.first()) != sentence) {
                continue;
            }
            for (Entry e : p.entries()) {
                if (e instanceof Entry.PlaceName pn && pn.demonym() && pn.place().kind() == RegionKind.COUNTRY) {
                    dict.actors.nationalForcesOf(pn.place().countryCode())
                            .ifPresent(forces -> state.addActor(forces, 0.7, f.mention(p.span()), f, sentence, p.first()));
                    return;
                }
            }
        }
    }

    /** Of the actors an alias names, the one of a country in context, else the first. */
    private static Actor chooseNamed(ArticleState state, Hit hit, Actor fallback) {
        for (Entry e : hit.entries()) {
            if (e instanceof Entry.ActorName a && a.actor().countryCode() != null
                    && state.contextCountries.contains(a.actor().countryCode())) {
                return a.actor();
            }
        }
        return fallback;
    }
}
