package org.sahelwatch.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.tagging.Geo;
import org.sahelwatch.tagging.Tagger;

/**
 * The ACLED measures on real news headlines: each headline of a UCDP GED event ({@code source_headline},
 * ';'-separated), tagged as the title of an article of its own, against the event's UCDP coding: country,
 * {@code adm_1}, {@code adm_2}, the place within 25 km of UCDP's coordinates (events located to 25 km or
 * better, {@code where_prec} 1 or 2), the actor categories and the named parties of {@code side_a} and
 * {@code side_b} (UCDP's names read as the tagger's actors: "Government of Burkina Faso" is its state forces,
 * "IS" the Islamic State's Sahel branch). Reported apart for the headlines that name the event's place (UCDP's
 * {@code where_coordinates}), those that name only one of its regions (their focus can be the region, not the place
 * within 25 km), and the others: a headline that names none can be placed only by what else it says.
 */
public final class UcdpCoding {

    static final String NAMES_PLACE = "headlines naming the event's place";
    static final String NAMES_REGION_ONLY = "headlines naming its region, not its place";
    static final String NAMES_NO_PLACE = "headlines naming neither";

    /** The metrics the report shows (UCDP codes no event type in ACLED's terms, and no toll per headline). */
    static final List<Metric> METRICS = List.of(Metric.COUNTRY, Metric.ADMIN1, Metric.ADMIN2, Metric.FOCUS_25KM,
            Metric.ACTOR_CATEGORY, Metric.NAMED_ACTOR);

    /** UCDP's sides as the tagger's actors: the category, and which actors stand for the side. */
    private record Side(ActorCategory category, Predicate<ActorTag> stands) {
    }

    private static final Map<String, Side> SIDES = Map.of(
            "government of burkina faso", new Side(ActorCategory.STATE_FORCES,
                    a -> a.getCategory() == ActorCategory.STATE_FORCES && "BF".equals(a.getCountryCode())),
            "jnim", new Side(ActorCategory.REBEL_GROUP, a -> Set.of("jnim", "katiba-macina", "katiba-serma")
                    .contains(a.getActorId())),
            "is", new Side(ActorCategory.REBEL_GROUP, a -> Set.of("isgs", "islamic-state-sahel", "islamic-state")
                    .contains(a.getActorId())),
            "ansaroul islam", new Side(ActorCategory.REBEL_GROUP, a -> a.getActorId().equals("ansaroul-islam")),
            "koglweogo", new Side(ActorCategory.POLITICAL_MILITIA, a -> a.getActorId().equals("koglweogo")),
            "civilians", new Side(ActorCategory.CIVILIANS, a -> a.getCategory() == ActorCategory.CIVILIANS));

    private static final Set<String> PLACE_WORDS = Set.of("village", "town", "city", "department", "province",
            "region", "area", "commune", "district", "prefecture", "capital");

    private UcdpCoding() {
    }

    /** Tags every headline of the export once, and scores it against each event that cites it. */
    public static Map<String, Tally> run(Tagger tagger, Reader ucdpCsv, Instant processedAt) throws IOException {
        AdminNames names = new AdminNames(tagger.dictionary().gazetteer());
        AdminMentions mentions = new AdminMentions(names);
        Map<String, Tally> parts = new LinkedHashMap<>();
        parts.put(NAMES_PLACE, new Tally());
        parts.put(NAMES_REGION_ONLY, new Tally());
        parts.put(NAMES_NO_PLACE, new Tally());
        Map<String, EnrichedArticle> tagged = new HashMap<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(ucdpCsv)) {
            while (it.hasNextValue()) {
                Map<String, String> event = it.nextValue();
                for (String part : event.getOrDefault("source_headline", "").split(";")) {
                    String headline = HeadlineEvaluation.normalise(part);
                    if (headline.isEmpty()) {
                        continue;
                    }
                    EnrichedArticle e = tagged.computeIfAbsent(headline, h -> tagger.tag(RawArticle.newBuilder()
                            .setId("ucdp-" + tagged.size()).setSource("UCDP headline").setTitle(h).setBody("")
                            .setPublishedAt(HeadlineEvaluation.publishedAt(event.getOrDefault("date_start", ""))).build(),
                            processedAt));
                    String kind = mentions.namesPlace(headline, place(event.get("where_coordinates"))) ? NAMES_PLACE
                            : mentions.namesRegion(headline, names.countryCode(event.get("country")).orElse(null),
                                    strip(event.get("adm_1")), strip(event.get("adm_2"))) ? NAMES_REGION_ONLY : NAMES_NO_PLACE;
                    Tally t = parts.get(kind);
                    t.row();
                    score(t, e, event, names);
                }
            }
        }
        return parts;
    }

    private static void score(Tally t, EnrichedArticle e, Map<String, String> event, AdminNames names) {
        String cc = names.countryCode(event.getOrDefault("country", "")).orElse(null);
        RegionTag focus = e.getFocus();
        String predictedCc = focus != null ? focus.getCountryCode() : Evaluator.mostMentionedCountry(e).orElse(null);
        t.count(Metric.COUNTRY, cc != null && cc.equals(predictedCc));
        for (Metric m : List.of(Metric.ADMIN1, Metric.ADMIN2)) {
            RegionKind level = m == Metric.ADMIN1 ? RegionKind.ADMIN1 : RegionKind.ADMIN2;
            String gold = strip(event.get(m == Metric.ADMIN1 ? "adm_1" : "adm_2"));
            if (!gold.isEmpty()) {
                String predicted = Evaluator.focusAdmin(focus, level);
                t.count(m, predicted != null && focus.getCountryCode().equals(cc)
                        && names.match(cc, level, gold, predicted).isPresent());
            }
        }
        Double lat = number(event.get("latitude"));
        Double lon = number(event.get("longitude"));
        String precision = event.getOrDefault("where_prec", "");
        if (lat != null && lon != null && (precision.equals("1") || precision.equals("2"))) {
            t.count(Metric.FOCUS_25KM, focus != null && focus.getLatitude() != null && focus.getLongitude() != null
                    && Geo.distanceKm(lat, lon, focus.getLatitude(), focus.getLongitude()) <= Evaluator.FOCUS_RADIUS_KM);
        }
        List<ActorTag> parties = AcledActors.parties(e);
        Set<ActorCategory> gold = EnumSet.noneOf(ActorCategory.class);
        for (String sideName : List.of(event.getOrDefault("side_a", ""), event.getOrDefault("side_b", ""))) {
            Side side = SIDES.get(sideName.strip().toLowerCase(java.util.Locale.ROOT));
            if (side != null) {
                gold.add(side.category());
                t.count(Metric.NAMED_ACTOR, e.getActors().stream().anyMatch(side.stands()));
            }
        }
        Set<ActorCategory> predicted = AcledActors.predictedCategories(parties);
        Set<ActorCategory> tp = EnumSet.noneOf(ActorCategory.class);
        tp.addAll(gold);
        tp.retainAll(predicted);
        t.categories(tp.size(), predicted.size() - tp.size(), gold.size() - tp.size());
    }

    /** "Namssiguia village" → "Namssiguia"; "Djibo department" → "Djibo". */
    static String place(String whereCoordinates) {
        String s = whereCoordinates == null ? "" : whereCoordinates.strip();
        int space = s.lastIndexOf(' ');
        return space > 0 && PLACE_WORDS.contains(s.substring(space + 1).toLowerCase(java.util.Locale.ROOT))
                ? s.substring(0, space) : s;
    }

    /** "Centre Nord region" → "Centre Nord"; "Bam province" → "Bam". */
    static String strip(String admin) {
        return place(admin);
    }

    private static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The report: one table per part. */
    public static String report(Map<String, Tally> parts) {
        StringBuilder out = new StringBuilder("UCDP headlines against UCDP's coding of their events (one row per event and headline)\n");
        parts.forEach((name, t) -> out.append('\n').append(name).append(": ").append(t.rows()).append(" rows\n")
                .append(ReportFormatter.metrics(t, "  ", METRICS)));
        return out.toString();
    }
}
