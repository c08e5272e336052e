package org.sahelwatch.tagging;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.learn.EventModel;
import org.sahelwatch.learn.RoleModel;
import org.sahelwatch.text.LanguageDetector;
import org.sahelwatch.text.TextNormalizer;

/**
 * The one entry point of tagging: a raw article in, an enriched article out. The pipeline, the
 * {@code tag} and {@code eval} commands and the benchmarks all call {@link #tag}. It runs the stages
 * in order on one {@link ArticleState} per article: dictionary hits, places (context, resolution,
 * implied regions), actors, then every sentence read by the trained {@link EventModel} (through
 * {@link EventReading}), the events collected, implied parties, fatalities and the focus.
 * Thread-safe: the dictionary, the model and the stages are immutable and each call works on its own
 * state.
 *
 * <p>Tagging time is linear in the length of the text. A tagger {@link #withTimeBudget with a time
 * budget} also gives up an article that takes longer than that ({@link TaggingTooSlowException}), so that
 * one article can never hold a stream thread: the stages check the clock every
 * {@value TaggingBudget#CHECK_EVERY} steps of their loops.
 */
public final class Tagger {

    /** The version of the tagging code; {@code EnrichedArticle.taggerVersion} adds the event model's. */
    public static final String VERSION = "sahelwatch-tagger-0.2.0";

    private final TaggingDictionary dictionary;
    private final EventModel eventModel;
    private final String version;
    private final Front front;
    private final EventReading eventReading = new EventReading();
    private final EventDetection eventDetection;
    private final EventCollector events = new EventCollector();
    private final EventRoles roles;
    private final ImpliedParties impliedParties;
    private final Fatalities fatalities = new Fatalities();
    private final Focus focus = new Focus();
    /** Nanoseconds an article may take, or 0 for no limit; and the clock they are read on. */
    private final long budgetNanos;
    private final LongSupplier nanoClock;

    public Tagger(TaggingDictionary dictionary, EventModel eventModel) {
        this(dictionary, eventModel, RoleModel.EMPTY);
    }

    /** A tagger whose events' parties are ordered and associated by {@code roleModel} ({@link EventRoles}). */
    public Tagger(TaggingDictionary dictionary, EventModel eventModel, RoleModel roleModel) {
        this.roles = new EventRoles(roleModel);
        this.dictionary = dictionary;
        this.eventModel = java.util.Objects.requireNonNull(eventModel, "eventModel");
        this.version = VERSION + "+" + eventModel.version();
        this.front = new Front(dictionary);
        this.eventDetection = new EventDetection(eventModel);
        this.impliedParties = new ImpliedParties(dictionary);
        this.budgetNanos = 0;
        this.nanoClock = System::nanoTime;
    }

    /** A tagger with the same dictionary, model and stages, and another budget. */
    private Tagger(Tagger other, long budgetNanos, LongSupplier nanoClock) {
        this.dictionary = other.dictionary;
        this.eventModel = other.eventModel;
        this.version = other.version;
        this.front = other.front;
        this.eventDetection = other.eventDetection;
        this.roles = other.roles;
        this.impliedParties = other.impliedParties;
        this.budgetNanos = budgetNanos;
        this.nanoClock = nanoClock;
    }

    /**
     * This tagger (same dictionary, model and stages), but giving up any article that takes longer than
     * {@code budget}: {@link #tag} then throws {@link TaggingTooSlowException}.
     */
    public Tagger withTimeBudget(Duration budget) {
        return withTimeBudget(budget, System::nanoTime);
    }

    /** As {@link #withTimeBudget(Duration)}, with time read from {@code nanoClock} (tests pass their own). */
    public Tagger withTimeBudget(Duration budget, LongSupplier nanoClock) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time budget of an article must be positive, was " + budget);
        }
        return new Tagger(this, budget.toNanos(), nanoClock);
    }

    /** Loads the dictionaries, the event model and the role model from {@code source} (see {@link TaggingDictionary#load}). */
    public static Tagger load(DictionarySource source, List<String> gazetteerFiles) {
        return new Tagger(TaggingDictionary.load(source, gazetteerFiles), EventModels.load(source), RoleModels.load(source));
    }

    public TaggingDictionary dictionary() {
        return dictionary;
    }

    public EventModel eventModel() {
        return eventModel;
    }

    /** What {@code EnrichedArticle.taggerVersion} says: this code's version and the event model's. */
    public String version() {
        return version;
    }

    /**
     * Tags an article. {@code processedAt} is passed in so that callers control the clock.
     *
     * @throws TaggingTooSlowException when the tagger has a time budget and the article takes longer
     */
    public EnrichedArticle tag(RawArticle article, Instant processedAt) {
        ArticleState state = analyse(article, budgetNanos == 0 ? TaggingBudget.unlimited()
                : TaggingBudget.of(budgetNanos, nanoClock));
        List<RegionTag> regions = new ArrayList<>(state.regions.values());
        String language = article.getLanguage() != null && !article.getLanguage().isBlank()
                ? article.getLanguage()
                : LanguageDetector.detect(TextNormalizer.foldPhrase(article.getTitle() + "\n" + article.getBody()));
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setLanguage(language)
                .setRegions(regions)
                .setActors(new ArrayList<>(state.actors.values()))
                .setEvents(new ArrayList<>(state.events))
                .setFatalities(state.fatalities)
                .setSahel(regions.stream().anyMatch(r -> Gazetteer.isSahel(r.getCountryCode()) && !r.getImplied()
                        && r.getKind() != RegionKind.FEATURE))
                .setTaggerVersion(version)
                .setProcessedAt(processedAt)
                .setFocus(state.focus)
                .build();
    }

    /** Runs every stage, in order, on a new state for the article, with no time limit. */
    ArticleState analyse(RawArticle article) {
        return analyse(article, TaggingBudget.unlimited());
    }

    /** Runs every stage, in order, on a new state for the article, within {@code budget}. */
    ArticleState analyse(RawArticle article, TaggingBudget budget) {
        int year = article.getPublishedAt().atZone(ZoneOffset.UTC).getYear();
        ArticleState state = new ArticleState(article.getTitle(), article.getBody(), year, budget);
        front.run(state);
        eventDetection.find(state, eventReading.read(state), events);
        events.voteOnTerritory(state);
        events.dropHeadlinesRetold(state);
        roles.assign(state);
        impliedParties.add(state);
        fatalities.count(state);
        focus.place(state);
        return state;
    }

    /**
     * The stages that come before the events: dictionary hits, places (context, resolution, implied
     * regions) and actors. The tagger runs them, and so does {@link EventInputs} when it prepares
     * training text.
     */
    static final class Front {
        private final DictionaryHits hits;
        private final PlaceContext placeContext;
        private final PlaceResolver places;
        private final ImpliedRegions impliedRegions;
        private final ActorResolver actors;

        Front(TaggingDictionary dictionary) {
            this.hits = new DictionaryHits(dictionary);
            PlaceCues placeCues = new PlaceCues(dictionary);
            this.placeContext = new PlaceContext(dictionary, placeCues);
            this.places = new PlaceResolver(dictionary, placeCues, new PlaceScoring(dictionary));
            this.impliedRegions = new ImpliedRegions(dictionary);
            this.actors = new ActorResolver(dictionary, new GenericActors(dictionary), new NamedOrganisations());
        }

        void run(ArticleState state) {
            hits.collect(state);
            placeContext.collect(state);
            places.resolve(state);
            impliedRegions.imply(state);
            actors.resolve(state);
        }
    }
}
