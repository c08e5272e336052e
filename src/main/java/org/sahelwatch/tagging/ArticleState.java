package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.Mention;
import org.sahelwatch.avro.MentionField;
import org.sahelwatch.avro.RegionTag;

/**
 * What the tagging stages know of one article, written by one stage and read by the next: the
 * dictionary hits per field, the countries and anchors the names set up, the places, actors and
 * events resolved, and the death toll. {@link Tagger} makes one per article and runs the stages on
 * it in order; the comment above each group of fields names the stage that writes it.
 * Single-use and single-threaded.
 */
final class ArticleState {

    /** Coordinates of a town or region the article names, with the hit that named it. */
    record Anchor(Hit hit, double latitude, double longitude) { }

    /** A token of a field. */
    record TokenAt(FieldText field, int token) { }

    final int publishedYear;
    /** The work this article may take; every stage loop steps it. */
    final TaggingBudget budget;
    /** The title, then the body. */
    final List<FieldText> fields;

    // ---- DictionaryHits ----------------------------------------------------------------------

    private final Map<FieldText, FieldHits> hits = new HashMap<>();
    private final Map<String, String> foldedKeys = new HashMap<>();
    /** Hits read as misspelt place names (they carry a lower confidence). */
    final Set<TokenAt> misspelt = new HashSet<>();

    // ---- PlaceContext ------------------------------------------------------------------------

    final Set<String> contextCountries = new HashSet<>();
    /** Countries of the named actors (GATIA is Malian). */
    final Set<String> actorCountries = new HashSet<>();
    /** Countries the article names as places or by demonym (not through an actor's nationality). */
    final Set<String> namedCountries = new HashSet<>();
    /** The home countries of the peoples the article names (config/generic-actors.tsv, column home). */
    final Set<String> peopleCountries = new HashSet<>();
    /** Countries named as the far side of a border: "near the border with Burkina Faso". */
    final Set<Place> borderCountries = new HashSet<>();
    /** Folded names of the admin units the article may name, with the hits that name them. */
    final Map<String, List<Hit>> mentionedAdminNames = new HashMap<>();
    /** Coordinates of the towns and regions the article names, with the hit that named them. */
    final List<Anchor> anchors = new ArrayList<>();
    /** The anchors indexed by place, built on first use (once the place context is complete). */
    private AnchorIndex anchorIndex;

    // ---- PlaceResolver, ImpliedRegions -------------------------------------------------------

    final Map<String, RegionTag> regions = new LinkedHashMap<>();
    final IndexedMentions<PlaceMention> placeMentions = new IndexedMentions<>();
    /** Countries named as the far side of a border. */
    final Set<String> borderOnly = new HashSet<>();
    /** Places named as where something is. */
    final Set<String> namedAsPlace = new HashSet<>();
    /** Places named by their name, not only by a demonym ("an Italian priest"). */
    final Set<String> namedNotByDemonym = new HashSet<>();
    /** Where "50km west of Gao" puts the event, by the place id it was measured from. */
    final Map<String, Bearing.Offset> offsets = new HashMap<>();
    /** By folded admin name, the words (field and first token) that name it (PlaceScoring); each set made once. */
    final Map<String, Set<TokenAt>> wordsNaming = new HashMap<>();
    /** By folded (admin1, admin2) names: up to two words naming the admin2 but not the admin1 (PlaceScoring). */
    final Map<List<String>, List<TokenAt>> admin2NamedApart = new HashMap<>();

    // ---- ActorResolver, GenericActors, NamedOrganisations ------------------------------------

    final Map<String, ActorTag> actors = new LinkedHashMap<>();
    final IndexedMentions<ActorMention> actorMentions = new IndexedMentions<>();
    /** Actors ACLED codes as associated whatever the wording: a herding militia's "Pastoralists (X)". */
    final Set<String> codedAssociates = new HashSet<>();
    /** Per field, the first tokens of the country demonyms that qualify a generic actor phrase; computed once. */
    final Map<FieldText, Set<Integer>> qualifyingDemonyms = new HashMap<>();
    /** Per field, where each word starts (NamedOrganisations, to find an acronym's later mentions); computed once. */
    final Map<FieldText, Map<String, List<Integer>>> wordStarts = new HashMap<>();
    /** Field and id of the organisations whose later mentions were added (NamedOrganisations). */
    final Set<String> organisationsFollowed = new HashSet<>();
    /** Per field, the first token of the first named actor of each category (GenericActorCues); computed once. */
    final Map<FieldText, Map<ActorCategory, Integer>> firstNamedActors = new HashMap<>();
    /** Computed once per article, on first use (the hits do not change while actors are resolved). */
    Boolean crowdWithoutArmedGroup;
    /** The one UN mission of the countries of the regions (GenericActors), computed on first use. */
    Optional<Actor> onlyMissionOfTheRegions;
    /** The article's main country (CountryInContext.ofArticle), computed once the places are resolved, on first use. */
    Optional<String> mainCountry;

    // ---- EventCollector, ImpliedParties, Fatalities ------------------------------------------

    final List<EventTag> events = new ArrayList<>();
    /** Every telling of a place changing hands, before retellings merge: {@link EventCollector} votes on them. */
    final List<EventTag> territoryTellings = new ArrayList<>();
    /** Per field, the runs of words a joining phrase may skip (EventParties); computed once. */
    final Map<FieldText, EventParties.Runs> joinRuns = new HashMap<>();
    Integer fatalities;

    // ---- Focus -------------------------------------------------------------------------------

    /** The article's primary place, moved by a stated distance ("50 km west of Gao"); null when none. */
    RegionTag focus;

    ArticleState(String title, String body, int publishedYear) {
        this(title, body, publishedYear, TaggingBudget.unlimited());
    }

    ArticleState(String title, String body, int publishedYear, TaggingBudget budget) {
        this.publishedYear = publishedYear;
        this.budget = budget;
        this.fields = List.of(new FieldText(MentionField.TITLE, title, budget),
                new FieldText(MentionField.BODY, body, budget));
    }

    /** One step of a stage's loop: counted, and past the article's deadline a {@link TaggingTooSlowException}. */
    void step() {
        budget.step();
    }

    /** The anchors indexed by place; the index is built on the first call, once the place context is complete. */
    AnchorIndex anchorIndex() {
        if (anchorIndex == null) {
            anchorIndex = AnchorIndex.of(anchors);
        }
        return anchorIndex;
    }

    /** {@link TaggingDictionary#foldedKey} of a name, remembered: the place stages fold the same admin names again and again. */
    String foldedKey(String name) {
        return foldedKeys.computeIfAbsent(name, TaggingDictionary::foldedKey);
    }

    FieldHits hits(FieldText f) {
        return hits.get(f);
    }

    void putHits(FieldText f, FieldHits fieldHits) {
        hits.put(f, fieldHits);
    }

    /** Adds an actor, or raises its confidence, with one more mention. */
    void addActor(String id, String name, ActorCategory category, String cc, double confidence, Mention mention) {
        ActorTag tag = actors.computeIfAbsent(id, k -> ActorTag.newBuilder().setActorId(id).setName(name)
                .setCategory(category).setCountryCode(cc).setConfidence(confidence)
                .setMentions(new ArrayList<>()).build());
        tag.setConfidence(Math.max(tag.getConfidence(), confidence));
        tag.getMentions().add(mention);
    }

    /** Adds a dictionary actor with its mention, and where the mention starts. */
    void addActor(Actor actor, double confidence, Mention mention, FieldText f, int sentence, int token) {
        addActor(actor.id(), actor.name(), actor.category(), actor.countryCode(), confidence, mention);
        actorMentions.add(new ActorMention(f, sentence, token, actor.id(), actor.category()));
    }

    /** Where "50km west of Gao" puts the event, by the place id it was measured from. */
    Optional<Bearing.Offset> offsetFrom(String placeId) {
        return Optional.ofNullable(offsets.get(placeId));
    }

    /** Whether the article names this country only by a demonym: "an Italian priest", "Guinean peacekeepers". */
    boolean onlyAsNationality(String placeId) {
        return !namedNotByDemonym.contains(placeId);
    }

    /** Whether the article names this country only as the far side of a border. */
    boolean onlyAcrossABorder(String placeId) {
        return borderOnly.contains(placeId) && !namedAsPlace.contains(placeId);
    }
}
