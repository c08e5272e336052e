package org.sahelwatch.eval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.tagging.Tagger;

/**
 * Tags each ACLED row's notes as an article and compares the result with ACLED's coding. The
 * article is {@code id} = event_id_cnty, source "ACLED", an empty title, the notes as body, the
 * language column when there is one, published at noon UTC on the event date. See {@link Metric}
 * for what is compared; a row whose gold value is empty does not count for that metric.
 */
public final class Evaluator {

    /** The focus must lie this close to ACLED's coordinates. */
    public static final double FOCUS_RADIUS_KM = 25.0;

    /** ACLED writes "01 December 2020" in event_date and "2020-12-01" in event_date_iso. */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("d MMMM uuuu"), pattern("d MMM uuuu"), pattern("d-MMMM-uuuu"), pattern("d-MMM-uuuu"));

    private final Tagger tagger;
    private final AdminNames adminNames;
    private final AdminMentions adminMentions;

    /** Every folded name and alias of a gazetteer town or region, to tell why a focus missed. */
    private final java.util.Set<String> placeNames = new java.util.HashSet<>();

    public Evaluator(Tagger tagger) {
        this.tagger = tagger;
        this.adminNames = new AdminNames(tagger.dictionary().gazetteer());
        this.adminMentions = new AdminMentions(adminNames);
        for (org.sahelwatch.tagging.Place p : tagger.dictionary().gazetteer().places()) {
            if (p.kind() != RegionKind.COUNTRY) {
                placeNames.add(org.sahelwatch.text.TextNormalizer.foldPhrase(p.name()));
                p.aliases().forEach(a -> placeNames.add(org.sahelwatch.text.TextNormalizer.foldPhrase(a)));
            }
        }
    }

    public AdminNames adminNames() {
        return adminNames;
    }

    /**
     * Evaluates every row read.
     *
     * @param languageColumn the column to group the metrics by (and to pass as the article's
     *                       language), or null for none
     * @param processedAt    passed to the tagger for every row
     */
    public EvalReport evaluate(AcledCsv.Result csv, String languageColumn, Instant processedAt) {
        java.util.function.Function<AcledRow, List<String>> groups = languageColumn == null ? row -> List.of()
                : row -> List.of(row.get(languageColumn).isEmpty() ? "(none)" : row.get(languageColumn));
        List<EvalReport.Skipped> skipped = new ArrayList<>();
        csv.problems().forEach(p -> skipped.add(new EvalReport.Skipped(p.line(), null, p.message())));
        return evaluate(csv.rows(), row -> tagger, languageColumn, groups, skipped, csv.problems().size(), processedAt);
    }

    /**
     * Evaluates rows each with its own tagger (cross-validation: the tagger of the row's fold), counting
     * each row in the groups {@code groupsOf} names (languages, schemes) besides the overall tally.
     *
     * @param language column passed to the tagger as the article's language, or null
     */
    public EvalReport evaluate(List<AcledRow> rows, java.util.function.Function<AcledRow, Tagger> taggerFor,
                               String language, java.util.function.Function<AcledRow, List<String>> groupsOf,
                               List<EvalReport.Skipped> alreadySkipped, int unreadRows, Instant processedAt) {
        Run run = new Run(language, taggerFor, groupsOf);
        List<EvalReport.Skipped> skipped = new ArrayList<>(alreadySkipped);
        for (AcledRow row : rows) {
            String reason = run.evaluate(row, processedAt);
            if (reason != null) {
                skipped.add(new EvalReport.Skipped(row.line(), row.id(), reason));
            }
        }
        skipped.sort(Comparator.comparingInt(EvalReport.Skipped::line));
        run.misses.sort(Comparator.comparing(Miss::metric)); // stable: rows stay in file order
        long[] nanos = run.nanos.stream().mapToLong(Long::longValue).toArray();
        return new EvalReport(rows.size() + unreadRows, run.overall, language == null && run.byLanguage.isEmpty() ? null
                : language == null ? "group" : language, run.byLanguage, run.matchKinds, skipped, run.remarks,
                run.misses, nanos, run.typeConfusion, run.subTypeConfusion, run.byRegionMention);
    }

    /** The state of one evaluation. */
    private final class Run {
        final String languageColumn;
        final java.util.function.Function<AcledRow, Tagger> taggerFor;
        final java.util.function.Function<AcledRow, List<String>> groupsOf;
        final Tally overall = new Tally();
        final Map<String, Tally> byLanguage = new TreeMap<>();
        /** The rows whose notes name the event's admin region, and the others. */
        final Map<String, Tally> byRegionMention = new LinkedHashMap<>(Map.of(
                AdminMentions.NAMES_REGION, new Tally(), AdminMentions.NAMES_NO_REGION, new Tally()));
        /** Event-type and sub-event-type confusion: overall ("all") and per group. */
        final Map<String, org.sahelwatch.learn.Confusion> typeConfusion = new TreeMap<>();
        final Map<String, org.sahelwatch.learn.Confusion> subTypeConfusion = new TreeMap<>();
        final Map<Metric, Map<AdminNames.Match, Integer>> matchKinds = new EnumMap<>(Metric.class);
        final Map<String, Integer> remarks = new LinkedHashMap<>();
        final List<Miss> misses = new ArrayList<>();
        final List<Long> nanos = new ArrayList<>();

        Run(String languageColumn, java.util.function.Function<AcledRow, Tagger> taggerFor,
            java.util.function.Function<AcledRow, List<String>> groupsOf) {
            this.languageColumn = languageColumn;
            this.taggerFor = taggerFor;
            this.groupsOf = groupsOf;
        }

        /** Evaluates a row; returns why it was skipped, or null. */
        String evaluate(AcledRow row, Instant processedAt) {
            String notes = row.get(AcledCsv.NOTES);
            if (notes.isEmpty()) {
                return "empty notes";
            }
            Instant publishedAt;
            if (row.has(AcledCsv.EVENT_DATE) || row.has(AcledCsv.EVENT_DATE_ISO)) {
                Optional<LocalDate> date = parseDate(row.get(AcledCsv.EVENT_DATE))
                        .or(() -> parseDate(row.get(AcledCsv.EVENT_DATE_ISO)));
                if (date.isEmpty()) {
                    String shown = row.get(AcledCsv.EVENT_DATE).isEmpty()
                            ? row.get(AcledCsv.EVENT_DATE_ISO) : row.get(AcledCsv.EVENT_DATE);
                    return "unparseable date '" + shown + "'";
                }
                publishedAt = date.get().atTime(12, 0).toInstant(ZoneOffset.UTC);
            } else {
                publishedAt = processedAt; // no date column: the tagger still needs a year
            }
            String language = languageColumn == null ? "" : row.get(languageColumn);
            RawArticle article = RawArticle.newBuilder()
                    .setId(row.id())
                    .setSource("ACLED")
                    .setTitle("")
                    .setBody(notes)
                    .setLanguage(language.isEmpty() ? null : language)
                    .setPublishedAt(publishedAt)
                    .build();
            EnrichedArticle enriched;
            long start = System.nanoTime();
            try {
                enriched = taggerFor.apply(row).tag(article, processedAt);
            } catch (RuntimeException e) {
                return "the tagger failed: " + e;
            }
            nanos.add(System.nanoTime() - start);
            List<Tally> tallies = new ArrayList<>(2);
            tallies.add(overall);
            List<String> groups = new ArrayList<>(List.of("all"));
            for (String group : groupsOf.apply(row)) {
                tallies.add(byLanguage.computeIfAbsent(group, l -> new Tally()));
                groups.add(group);
            }
            boolean namesRegion = adminMentions.namesRegion(notes,
                    adminNames.countryCode(row.get(AcledCsv.COUNTRY)).orElse(null), row.get(AcledCsv.ADMIN1),
                    row.get(AcledCsv.ADMIN2));
            tallies.add(byRegionMention.get(namesRegion ? AdminMentions.NAMES_REGION : AdminMentions.NAMES_NO_REGION));
            if (!namesRegion && !row.get(AcledCsv.LOCATION).isEmpty()) {
                remarks.merge(adminMentions.namesPlace(notes, row.get(AcledCsv.LOCATION))
                        ? "naming no admin region of the event, but ACLED's location"
                        : "naming neither an admin region of the event nor ACLED's location", 1, Integer::sum);
            }
            tallies.forEach(Tally::row);
            new RowCheck(row, enriched, tallies, groups).run();
            return null;
        }

        /** The comparisons of one row. */
        private final class RowCheck {
            final AcledRow row;
            final EnrichedArticle e;
            final RegionTag focus;
            final List<Tally> tallies;
            final List<String> groups;
            final String goldCc;

            RowCheck(AcledRow row, EnrichedArticle e, List<Tally> tallies, List<String> groups) {
                this.row = row;
                this.e = e;
                this.focus = e.getFocus();
                this.tallies = tallies;
                this.groups = groups;
                this.goldCc = adminNames.countryCode(row.get(AcledCsv.COUNTRY)).orElse(null);
            }

            void run() {
                country();
                admin(Metric.ADMIN1, AcledCsv.ADMIN1, RegionKind.ADMIN1);
                admin(Metric.ADMIN2, AcledCsv.ADMIN2, RegionKind.ADMIN2);
                distance();
                eventType();
                fatalities();
                actorCategories();
                namedActors();
                actorOneFirst();
            }

            void count(Metric metric, boolean hit, String expected, String got) {
                tallies.forEach(t -> t.count(metric, hit));
                if (!hit) {
                    misses.add(new Miss(row.id(), row.line(), metric, expected, got, row.get(AcledCsv.NOTES)));
                }
            }

            void country() {
                String gold = row.get(AcledCsv.COUNTRY);
                if (gold.isEmpty()) {
                    return;
                }
                if (goldCc == null) {
                    remark("country name not in the gazetteer: '" + gold + "' (counted as a miss)");
                }
                String predicted;
                String context;
                if (focus != null) {
                    predicted = focus.getCountryCode();
                    context = "focus " + describe(focus);
                } else {
                    predicted = mostMentionedCountry(e).orElse(null);
                    context = predicted == null ? "no place tagged" : "no focus; most-mentioned country";
                }
                count(Metric.COUNTRY, goldCc != null && goldCc.equals(predicted),
                        gold + (goldCc == null ? "" : " (" + goldCc + ")"),
                        (predicted == null ? "none" : predicted) + " (" + context + ")");
            }

            void admin(Metric metric, String column, RegionKind level) {
                String gold = row.get(column);
                if (gold.isEmpty()) {
                    return;
                }
                String predicted = focusAdmin(focus, level);
                String cc = goldCc != null ? goldCc : focus == null ? null : focus.getCountryCode();
                boolean sameCountry = focus != null && (goldCc == null || goldCc.equals(focus.getCountryCode()));
                Optional<AdminNames.Match> match = predicted == null || !sameCountry ? Optional.empty()
                        : adminNames.match(cc, level, gold, predicted);
                match.ifPresent(m -> matchKinds.computeIfAbsent(metric, x -> new EnumMap<>(AdminNames.Match.class))
                        .merge(m, 1, Integer::sum));
                String got = (predicted == null ? "none" : predicted)
                        + (focus == null ? " (no focus)" : " (focus " + describe(focus) + ")");
                count(metric, match.isPresent(), gold, got);
            }

            void distance() {
                Double lat = parseDouble(row.get(AcledCsv.LATITUDE));
                Double lon = parseDouble(row.get(AcledCsv.LONGITUDE));
                if (lat == null || lon == null) {
                    return;
                }
                String expected = place(row) + " (" + lat + ", " + lon + ")";
                if (focus == null || focus.getLatitude() == null || focus.getLongitude() == null) {
                    explainFocusMiss();
                    count(Metric.FOCUS_25KM, false, expected,
                            focus == null ? "no focus" : describe(focus) + " without coordinates");
                    return;
                }
                double km = org.sahelwatch.tagging.Geo.distanceKm(lat, lon, focus.getLatitude(), focus.getLongitude());
                if (km > FOCUS_RADIUS_KM) {
                    explainFocusMiss();
                }
                count(Metric.FOCUS_25KM, km <= FOCUS_RADIUS_KM, expected,
                        describe(focus) + String.format(Locale.ROOT, " (%.4f, %.4f), %.1f km away",
                                focus.getLatitude(), focus.getLongitude(), km));
            }

            /**
             * Sorts a focus miss by what the tagger had to go on: ACLED's location is a name the
             * gazetteer lacks, or one the notes never write, or both are there and the tagger chose
             * another place.
             */
            void explainFocusMiss() {
                String location = org.sahelwatch.text.TextNormalizer.foldPhrase(row.get(AcledCsv.LOCATION));
                String notes = " " + org.sahelwatch.text.TextNormalizer.foldPhrase(row.get(AcledCsv.NOTES)) + " ";
                if (location.isEmpty()) {
                    return;
                }
                if (!placeNames.contains(location)) {
                    remark("focus misses: ACLED's location is not a gazetteer name or alias");
                } else if (!notes.contains(" " + location + " ")) {
                    remark("focus misses: ACLED's location is in the gazetteer but not written in the notes");
                } else {
                    remark("focus misses: ACLED's location is in the gazetteer and in the notes");
                }
            }

            void eventType() {
                String acledType = row.get(AcledCsv.EVENT_TYPE);
                if (acledType.isEmpty()) {
                    return;
                }
                Optional<AcledEventTypes.Gold> gold = AcledEventTypes.map(acledType);
                if (gold.isEmpty()) {
                    remark("unknown event type '" + acledType + "' (left out of the event metrics)");
                    return;
                }
                EventTag first = e.getEvents().isEmpty() ? null : e.getEvents().get(0);
                String got = first == null ? "no event"
                        : first.getEventType() + " / " + first.getSubEventType() + " (rule " + first.getRuleId() + ")";
                count(Metric.EVENT_TYPE, first != null && gold.get().accepts(first.getEventType()),
                        gold.get().describe() + " (ACLED: " + acledType + ")", got);
                if (gold.get().types().size() == 1) {
                    String truth = gold.get().types().iterator().next().name();
                    String predicted = first == null ? "NONE" : first.getEventType().name();
                    groups.forEach(g -> typeConfusion.computeIfAbsent(g, x -> new org.sahelwatch.learn.Confusion())
                            .add(truth, predicted));
                }
                String goldSub = row.get(AcledCsv.SUB_EVENT_TYPE);
                if (goldSub.isEmpty()) {
                    goldSub = gold.get().subEventType();
                }
                if (goldSub != null) {
                    count(Metric.SUB_EVENT_TYPE, first != null && goldSub.equals(first.getSubEventType()),
                            goldSub, got);
                    String truthSub = goldSub;
                    groups.forEach(g -> subTypeConfusion.computeIfAbsent(g, x -> new org.sahelwatch.learn.Confusion())
                            .add(truthSub, first == null ? "NONE" : first.getSubEventType()));
                }
            }

            void fatalities() {
                String text = row.get(AcledCsv.FATALITIES);
                if (text.isEmpty()) {
                    return;
                }
                Integer gold = parseInt(text);
                if (gold == null) {
                    remark("unparseable fatalities (left out)");
                    return;
                }
                int predicted = e.getFatalities() == null ? 0 : e.getFatalities();
                count(Metric.FATALITIES, predicted == gold, String.valueOf(gold),
                        e.getFatalities() == null ? "0 (no count stated)" : String.valueOf(predicted));
            }

            void actorCategories() {
                String inter1 = row.get(AcledCsv.INTER1);
                String inter2 = row.get(AcledCsv.INTER2);
                if (inter1.isEmpty() && inter2.isEmpty()) {
                    return;
                }
                Set<ActorCategory> gold = AcledActors.categories(inter1, inter2);
                Set<ActorCategory> predicted = AcledActors.predictedCategories(AcledActors.parties(e));
                Set<ActorCategory> tp = EnumSet.noneOf(ActorCategory.class);
                tp.addAll(gold);
                tp.retainAll(predicted);
                int fp = predicted.size() - tp.size();
                int fn = gold.size() - tp.size();
                tallies.forEach(t -> t.categories(tp.size(), fp, fn));
                if (fp + fn > 0) {
                    misses.add(new Miss(row.id(), row.line(), Metric.ACTOR_CATEGORY, gold.toString(),
                            predicted + " from " + actorList(), row.get(AcledCsv.NOTES)));
                }
            }

            void namedActors() {
                for (String gold : AcledActors.goldNames(row)) {
                    count(Metric.NAMED_ACTOR, AcledActors.recalled(gold, e.getActors(), actors()), gold, actorList());
                }
            }

            /** The actor dictionary of the row's tagger (in cross-validation, its fold's: the ACLED names it learned). */
            org.sahelwatch.tagging.ActorDictionary actors() {
                return taggerFor.apply(row).dictionary().actors();
            }

            /**
             * Whether the first event names ACLED's actor 1 before its actor 2, when two different parties of it
             * (associated actors aside) stand for them.
             */
            void actorOneFirst() {
                String one = row.get(AcledCsv.ACTOR1);
                String two = row.get(AcledCsv.ACTOR2);
                if (one.isEmpty() || two.isEmpty() || e.getEvents().isEmpty()) {
                    return;
                }
                EventTag first = e.getEvents().get(0);
                List<ActorTag> parties = first.getActorIds().stream()
                        .filter(id -> !first.getAssociatedActorIds().contains(id))
                        .flatMap(id -> e.getActors().stream().filter(a -> a.getActorId().equals(id)).limit(1))
                        .toList();
                int i1 = firstRecalling(one, parties, -1);
                int i2 = firstRecalling(two, parties, i1);
                if (i1 < 0 || i2 < 0) {
                    return;
                }
                count(Metric.ACTOR1_FIRST, i1 < i2, one + " before " + two, parties.stream().map(ActorTag::getName)
                        .collect(Collectors.joining(" / ")));
            }

            private int firstRecalling(String gold, List<ActorTag> parties, int except) {
                for (int i = 0; i < parties.size(); i++) {
                    if (i != except && AcledActors.recalled(gold, List.of(parties.get(i)), actors())) {
                        return i;
                    }
                }
                return -1;
            }

            String actorList() {
                return e.getActors().isEmpty() ? "no actor" : e.getActors().stream()
                        .map(a -> a.getName() + " [" + a.getCategory() + "]")
                        .collect(Collectors.joining("; "));
            }

            void remark(String text) {
                remarks.merge(text, 1, Integer::sum);
            }
        }
    }

    /** The admin name the focus stands for at {@code level}: its own name at that level, else its parent's. */
    static String focusAdmin(RegionTag focus, RegionKind level) {
        if (focus == null) {
            return null;
        }
        if (focus.getKind() == level) {
            return focus.getName();
        }
        return level == RegionKind.ADMIN1 ? focus.getAdmin1() : focus.getAdmin2();
    }

    /** The non-implied country with the most mentions (the first of a tie). */
    static Optional<String> mostMentionedCountry(EnrichedArticle e) {
        RegionTag best = null;
        for (RegionTag r : e.getRegions()) {
            if (r.getKind() == RegionKind.COUNTRY && !r.getImplied()
                    && (best == null || r.getMentions().size() > best.getMentions().size())) {
                best = r;
            }
        }
        return Optional.ofNullable(best).map(RegionTag::getCountryCode);
    }

    /** "Djibo [PLACE, Soum, Sahel, BF]", "Mali [COUNTRY]". */
    private static String describe(RegionTag r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.getKind().name());
        if (r.getKind() != RegionKind.COUNTRY) {
            if (r.getAdmin2() != null && r.getKind() == RegionKind.PLACE) {
                parts.add(r.getAdmin2());
            }
            if (r.getAdmin1() != null && r.getKind() != RegionKind.ADMIN1) {
                parts.add(r.getAdmin1());
            }
            parts.add(r.getCountryCode());
        }
        return r.getName() + " [" + String.join(", ", parts) + "]";
    }

    private static String place(AcledRow row) {
        List<String> parts = new ArrayList<>();
        for (String column : List.of(AcledCsv.LOCATION, AcledCsv.ADMIN2, AcledCsv.ADMIN1)) {
            if (!row.get(column).isEmpty() && !parts.contains(row.get(column))) {
                parts.add(row.get(column));
            }
        }
        return parts.isEmpty() ? "?" : String.join(", ", parts);
    }

    /** A date as ACLED writes it; empty when blank or not understood. */
    static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    private static Double parseDouble(String s) {
        try {
            return s.isEmpty() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parseInt(String s) {
        try {
            return s.endsWith(".0") ? Integer.valueOf(s.substring(0, s.length() - 2)) : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
