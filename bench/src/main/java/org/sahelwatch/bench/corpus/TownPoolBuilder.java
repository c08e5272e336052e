package org.sahelwatch.bench.corpus;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.Place;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingDictionary;
import org.sahelwatch.text.TextNormalizer;

/**
 * Writes {@code towns.tsv}, the towns of the generated reports: the Sahel towns of the bundled
 * gazetteer that are seats (PPLC, PPLA, PPLA2, PPLA3) or have 2,000 people or more, and in each admin2
 * the first {@value #VILLAGES_PER_ADMIN2} villages (by id) whose name no other place has; kept only when
 * the tagger puts a one-sentence report of an attack there, in English and in French. Towns the
 * tagger reads as another place are left out, so the benchmark's reports raise the alerts they are
 * written to raise.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.sahelwatch.bench.corpus.TownPoolBuilder
 * bench/src/main/resources/corpus/towns.tsv}
 */
public final class TownPoolBuilder {

    private static final Set<String> SEATS = Set.of("PPLC", "PPLA", "PPLA2", "PPLA3");
    static final int VILLAGES_PER_ADMIN2 = 2;
    private static final Instant PROBE_TIME = Instant.parse("2024-06-04T08:00:00Z");

    private TownPoolBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TownPoolBuilder OUTPUT.tsv");
            System.exit(2);
        }
        Tagger tagger = Tagger.load(DictionarySource.bundled(), TaggingDictionary.DEFAULT_GAZETTEER_FILES);
        Map<String, Cast.SahelCountry> countries = Cast.SAHEL.stream()
                .collect(Collectors.toMap(Cast.SahelCountry::code, Function.identity()));
        List<Place> candidates = candidates(tagger.dictionary().gazetteer().places(), countries.keySet());
        Map<String, Integer> kept = new TreeMap<>();
        int rejected = 0;
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            out.write("# Towns of the benchmark's generated reports, written by org.sahelwatch.bench.corpus.TownPoolBuilder\n");
            out.write("# from the bundled gazetteer (" + candidates.size() + " candidates: Sahel seats, towns of 2,000+, and "
                    + VILLAGES_PER_ADMIN2 + " villages with a name of their own per admin2);\n");
            out.write("# a town is kept when the tagger places a one-sentence attack report there in English and in French.\n");
            out.write("id\tcountryCode\tadmin1\tname\n");
            for (Place place : candidates) {
                Cast.SahelCountry country = countries.get(place.countryCode());
                if (placedAt(tagger, place, probeEn(place, country), "en") && placedAt(tagger, place, probeFr(place, country), "fr")) {
                    out.write(place.id() + "\t" + place.countryCode() + "\t" + place.admin1() + "\t" + place.name() + "\n");
                    kept.merge(place.countryCode(), 1, Integer::sum);
                } else {
                    rejected++;
                }
            }
        }
        System.out.printf("%d candidates, kept %s, left out %d (the tagger placed the probe elsewhere)%n",
                candidates.size(), kept, rejected);
    }

    /** Seats and towns, then a few villages with a name of their own in each admin2. */
    static List<Place> candidates(Collection<Place> gazetteer, Set<String> countries) {
        Map<String, Long> namesakes = gazetteer.stream()
                .collect(Collectors.groupingBy(p -> TextNormalizer.foldPhrase(p.name()), Collectors.counting()));
        List<Place> sahel = gazetteer.stream()
                .filter(p -> p.kind() == RegionKind.PLACE && countries.contains(p.countryCode()))
                .filter(p -> p.admin1() != null && !p.admin1().isBlank() && !p.isLocality())
                .sorted(Comparator.comparing(Place::id))
                .toList();
        Map<String, Integer> villagesPerAdmin2 = new HashMap<>();
        List<Place> out = new ArrayList<>();
        for (Place p : sahel) {
            if (SEATS.contains(p.featureCode()) || p.population() >= 2_000) {
                out.add(p);
            } else if (p.admin2() != null && namesakes.get(TextNormalizer.foldPhrase(p.name())) == 1
                    && p.name().length() >= 4
                    && villagesPerAdmin2.merge(p.countryCode() + "|" + p.admin1() + "|" + p.admin2(), 1, Integer::sum)
                    <= VILLAGES_PER_ADMIN2) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparing(Place::countryCode).thenComparing(Place::admin1).thenComparing(Place::name)
                .thenComparing(Place::id));
        return out;
    }

    static String probeEn(Place town, Cast.SahelCountry country) {
        return "Gunmen attacked the village of " + town.name() + ", in the " + town.admin1() + " region of "
                + country.nameEn() + ", on Tuesday, killing seven civilians, local officials said.";
    }

    static String probeFr(Place town, Cast.SahelCountry country) {
        return "Des hommes armés ont attaqué mardi le village de " + town.name() + ", dans la région de "
                + town.admin1() + ", " + country.au() + ", tuant sept civils, selon des responsables locaux.";
    }

    private static boolean placedAt(Tagger tagger, Place town, String text, String language) {
        RawArticle probe = RawArticle.newBuilder().setId("probe").setSource("probe").setTitle("Attack")
                .setBody(text).setLanguage(language).setPublishedAt(PROBE_TIME).build();
        EnrichedArticle tagged = tagger.tag(probe, PROBE_TIME);
        return tagged.getFocus() != null && town.id().equals(tagged.getFocus().getPlaceId())
                && !tagged.getEvents().isEmpty();
    }
}
