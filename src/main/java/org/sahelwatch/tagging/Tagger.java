package org.sahelwatch.tagging;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.text.LanguageDetector;
import org.sahelwatch.text.TextNormalizer;

/**
 * The one entry point of tagging: a raw article in, an enriched article out. The pipeline, the
 * {@code tag} and {@code eval} commands and the benchmarks all call {@link #tag}. Thread-safe: the
 * dictionary is immutable and each call works on its own state.
 */
public final class Tagger {

    /** Reported in {@code EnrichedArticle.taggerVersion}; bump when tagging output changes. */
    public static final String VERSION = "sahelwatch-tagger-0.1.0";

    private final TaggingDictionary dictionary;
    private final DictionaryHits hits;
    private final PlaceContext placeContext;
    private final PlaceResolver places;
    private final ImpliedRegions impliedRegions;
    private final ActorResolver actors;

    public Tagger(TaggingDictionary dictionary) {
        this.dictionary = dictionary;
        this.hits = new DictionaryHits(dictionary);
        PlaceCues placeCues = new PlaceCues(dictionary);
        this.placeContext = new PlaceContext(dictionary, placeCues);
        this.places = new PlaceResolver(dictionary, placeCues, new PlaceScoring(dictionary));
        this.impliedRegions = new ImpliedRegions(dictionary);
        this.actors = new ActorResolver(dictionary, new GenericActors(dictionary), new NamedOrganisations());
    }

    public TaggingDictionary dictionary() {
        return dictionary;
    }

    /** Tags an article. {@code processedAt} is passed in so that callers control the clock. */
    public EnrichedArticle tag(RawArticle article, Instant processedAt) {
        ArticleState analysis = analyse(article);
        List<RegionTag> regions = new ArrayList<>(analysis.regions.values());
        String language = article.getLanguage() != null && !article.getLanguage().isBlank()
                ? article.getLanguage()
                : LanguageDetector.detect(TextNormalizer.foldPhrase(article.getTitle() + "\n" + article.getBody()));
        Optional<RegionTag> focus = focus(analysis);
        focus.ifPresent(f -> placeCountryWideEventsAt(analysis, f));
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setLanguage(language)
                .setRegions(regions)
                .setActors(new ArrayList<>(analysis.actors.values()))
                .setEvents(new ArrayList<>(analysis.events))
                .setFatalities(analysis.fatalities)
                .setSahel(regions.stream().anyMatch(r -> Gazetteer.isSahel(r.getCountryCode()) && !r.getImplied()
                        && r.getKind() != org.sahelwatch.avro.RegionKind.FEATURE))
                .setTaggerVersion(VERSION)
                .setProcessedAt(processedAt)
                .setFocus(focus.map(r -> movedBy(analysis, RegionTag.newBuilder(r).build())).orElse(null))
                .build();
    }

    ArticleState analyse(RawArticle article) {
        int year = article.getPublishedAt().atZone(ZoneOffset.UTC).getYear();
        ArticleState state = new ArticleState(article.getTitle(), article.getBody(), year);
        hits.collect(state);
        placeContext.collect(state);
        places.resolve(state);
        impliedRegions.imply(state);
        actors.resolve(state);
        new ArticleAnalysis(dictionary, state).run();
        return state;
    }

    /**
     * The article's primary place: the most specific Sahel place in the sentence of the first event
     * that names a town or region; else the country of the first event that names one; else the most
     * mentioned, most specific place (Sahel places first).
     */
    private static boolean stateForcesOf(ArticleState analysis, EventTag event, String cc) {
        return event.getActorIds().stream().map(analysis.actors::get)
                .anyMatch(a -> a != null && a.getCategory() == org.sahelwatch.avro.ActorCategory.STATE_FORCES
                        && cc.equals(a.getCountryCode()));
    }

    /**
     * "The Burkinabe army said … attackers were killed in air strikes that followed": an event whose
     * sentence names only a country (often through a demonym) happened where the article is about,
     * when that place is in the same country. The focus is put first among the event's places.
     */
    private static void placeCountryWideEventsAt(ArticleState analysis, RegionTag focus) {
        if (Place.specificity(focus.getKind()) == 0) {
            return;
        }
        for (EventTag event : analysis.events) {
            List<String> ids = event.getPlaceIds();
            RegionTag first = ids.isEmpty() ? null : analysis.regions.get(ids.get(0));
            if (first != null && first.getKind() == org.sahelwatch.avro.RegionKind.COUNTRY
                    && first.getCountryCode().equals(focus.getCountryCode())) {
                List<String> placed = new ArrayList<>();
                placed.add(focus.getPlaceId());
                ids.stream().filter(id -> !id.equals(focus.getPlaceId())).forEach(placed::add);
                event.setPlaceIds(placed);
            }
        }
    }

    /**
     * "about 50km west of Gao": the focus keeps the town's name and evidence, at the point the
     * distance and direction give, with a lower confidence.
     */
    private static RegionTag movedBy(ArticleState analysis, RegionTag focus) {
        analysis.offsetFrom(focus.getPlaceId()).ifPresent(o -> {
            focus.setLatitude(Math.round(o.latitude() * 1e4) / 1e4);
            focus.setLongitude(Math.round(o.longitude() * 1e4) / 1e4);
            focus.setConfidence(Math.round(focus.getConfidence() * 80) / 100.0);
        });
        return focus;
    }

    private static Optional<RegionTag> focus(ArticleState analysis) {
        RegionTag countryOnly = null;
        EventTag countryFromEvent = null;
        for (EventTag event : analysis.events) {
            for (String placeId : event.getPlaceIds()) {
                RegionTag tag = analysis.regions.get(placeId);
                if (Gazetteer.isSahel(tag.getCountryCode())) {
                    if (Place.specificity(tag.getKind()) > 0) {
                        return Optional.of(tag);
                    }
                    if (countryOnly == null || (countryFromEvent == event && !stateForcesOf(analysis, event,
                            countryOnly.getCountryCode()) && stateForcesOf(analysis, event, tag.getCountryCode()))) {
                        // "Chadian rebels ambushed a Nigerien army convoy": a national army fights at home
                        countryOnly = tag;
                        countryFromEvent = event;
                    }
                }
            }
        }
        if (countryOnly != null) {
            // "a north Malian village … The attack took place in Ikadiwane": the town named elsewhere
            String cc = countryOnly.getCountryCode();
            Optional<RegionTag> town = analysis.regions.values().stream()
                    .filter(r -> !r.getImplied() && cc.equals(r.getCountryCode()) && Place.specificity(r.getKind()) > 0
                            && r.getKind() != org.sahelwatch.avro.RegionKind.FEATURE)
                    .max(Comparator.comparingInt((RegionTag r) -> Place.specificity(r.getKind()))
                            .thenComparingInt(r -> r.getMentions().size()));
            return Optional.of(town.orElse(countryOnly));
        }
        Optional<RegionTag> named = analysis.regions.values().stream()
                .filter(r -> !r.getImplied() && !analysis.onlyAcrossABorder(r.getPlaceId())
                        && (Gazetteer.isSahel(r.getCountryCode()) || !analysis.onlyAsNationality(r.getPlaceId())))
                .max(Comparator.comparing((RegionTag r) -> Gazetteer.isSahel(r.getCountryCode()))
                        .thenComparing(r -> r.getKind() != org.sahelwatch.avro.RegionKind.FEATURE)
                        .thenComparing(r -> Place.specificity(r.getKind()) > 0)
                        .thenComparingInt(r -> r.getMentions().size())
                        .thenComparingInt(r -> Place.specificity(r.getKind())));
        if (named.isPresent()) {
            return named;
        }
        // no place named: the country implied by the actors, if any
        return analysis.regions.values().stream()
                .filter(r -> r.getKind() == org.sahelwatch.avro.RegionKind.COUNTRY && Gazetteer.isSahel(r.getCountryCode())
                        && !analysis.onlyAcrossABorder(r.getPlaceId()))
                .findFirst();
    }
}
