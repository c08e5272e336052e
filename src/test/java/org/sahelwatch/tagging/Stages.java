package org.sahelwatch.tagging;

import static org.sahelwatch.Articles.anArticle;

import java.util.List;
import java.util.function.Consumer;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.RegionTag;

/**
 * The tagging stages on the real dictionaries, for the tests of one stage: each method runs a report
 * titled "Report", published in 2023, through the stages before the one a test is about, in the
 * order {@link Tagger} runs them.
 */
final class Stages {

    static final TaggingDictionary DICTIONARY = TestTagger.get().dictionary();
    static final PlaceCues PLACE_CUES = new PlaceCues(DICTIONARY);
    static final PlaceScoring PLACE_SCORING = new PlaceScoring(DICTIONARY);
    static final GenericActors GENERIC_ACTORS = new GenericActors(DICTIONARY);
    static final EventSentences EVENT_SENTENCES = new EventSentences();
    static final EventTyping EVENT_TYPING = new EventTyping();

    private static final DictionaryHits HITS = new DictionaryHits(DICTIONARY);
    private static final PlaceContext PLACE_CONTEXT = new PlaceContext(DICTIONARY, PLACE_CUES);
    private static final PlaceResolver PLACES = new PlaceResolver(DICTIONARY, PLACE_CUES, PLACE_SCORING);
    private static final ImpliedRegions IMPLIED_REGIONS = new ImpliedRegions(DICTIONARY);
    private static final ActorResolver ACTORS = new ActorResolver(DICTIONARY, GENERIC_ACTORS, new NamedOrganisations());
    private static final EventCollector EVENTS = new EventCollector();
    private static final EventReading READING = new EventReading();
    private static final EventDetection DETECTION = new EventDetection(TestTagger.get().eventModel());

    private Stages() {
    }

    /** A new state for the report, before any stage. */
    static ArticleState article(String body) {
        return article("Report", body);
    }

    static ArticleState article(String title, String body) {
        return new ArticleState(title, body, 2023);
    }

    /** After the dictionary hits. */
    static ArticleState hits(String body) {
        return upTo(1, "Report", body);
    }

    /** After the place context: the countries, anchors and admin names the hits set up. */
    static ArticleState placeContext(String body) {
        return upTo(2, "Report", body);
    }

    /** After the places the article names, before the regions they imply. */
    static ArticleState namedPlaces(String body) {
        return upTo(3, "Report", body);
    }

    /** After the places, named and implied. */
    static ArticleState places(String body) {
        return upTo(4, "Report", body);
    }

    /** After the actors. */
    static ArticleState actors(String body) {
        return actors("Report", body);
    }

    static ArticleState actors(String title, String body) {
        return upTo(5, title, body);
    }

    /** After the events are collected, before implied parties, fatalities and focus. */
    static ArticleState events(String body) {
        return events("Report", body);
    }

    static ArticleState events(String title, String body) {
        return upTo(6, title, body);
    }

    /** The state after the first {@code stages} stages, as {@link Tagger#analyse} runs them. */
    private static ArticleState upTo(int stages, String title, String body) {
        ArticleState state = article(title, body);
        List<Consumer<ArticleState>> order = List.of(HITS::collect, PLACE_CONTEXT::collect, PLACES::resolve,
                IMPLIED_REGIONS::imply, ACTORS::resolve, Stages::collectEvents);
        order.subList(0, stages).forEach(stage -> stage.accept(state));
        return state;
    }

    private static void collectEvents(ArticleState state) {
        DETECTION.find(state, READING.read(state), EVENTS);
        EVENTS.dropHeadlinesRetold(state);
    }

    /** What the event model reads of sentences [from, to) of the body, after the actors. */
    static org.sahelwatch.learn.EventInput reading(ArticleState state, int from, int to) {
        return READING.read(state).of(state.fields.get(1), from, to);
    }

    /** After every stage, as {@link Tagger#tag} leaves it. */
    static ArticleState analysed(String body) {
        return TestTagger.get().analyse(anArticle().titled("Report").withBody(body).build());
    }

    static List<String> regionNames(ArticleState state) {
        return state.regions.values().stream().map(RegionTag::getName).toList();
    }

    static List<String> actorNames(ArticleState state) {
        return state.actors.values().stream().map(ActorTag::getName).toList();
    }
}
