package org.sahelwatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sahelwatch.avro.RawArticle;

/**
 * Synthetic news coverage of conflict events, written from templates for the tests: several towns,
 * three kinds of event, a dozen outlets, times spread over days. Each event is reported by one to
 * three outlets in their own words, sometimes followed up by the same outlet, copied by a wire
 * syndicator, or told vaguely at region level. The same seed always gives the same articles.
 */
public final class Coverage {

    private record Town(String name, String where, boolean inGao) { }

    private record Kind(String[] titles, String[] bodies) { }

    private static final List<Town> TOWNS = List.of(
            new Town("Bourem", "in Mali's Gao region", true),
            new Town("Ansongo", "in Mali's Gao region", true),
            new Town("Menaka", "in northeastern Mali", false),
            new Town("Douentza", "in Mali's Mopti region", false),
            new Town("Djibo", "in Burkina Faso's Sahel region", false),
            new Town("Arbinda", "in Burkina Faso's Sahel region", false),
            new Town("Tera", "in Niger's Tillaberi region", false),
            new Town("Kaya", "in Burkina Faso's Centre-Nord region", false));

    private static final Kind BATTLE = new Kind(
            new String[] {"Attack on army base in %s", "Soldiers killed in %s", "Militants storm army post in %s"},
            new String[] {
                "JNIM fighters attacked the army base in %1$s, %2$s, killing %3$d soldiers, local officials said.",
                "%3$d soldiers were killed when jihadists attacked a military camp in %1$s, %2$s, security sources said.",
                "Militants stormed an army post in %1$s, %2$s, on %4$s and killed %3$d soldiers, the army said in a statement."});
    private static final Kind CIVILIANS = new Kind(
            new String[] {"Civilians killed in %s", "Villagers shot dead in %s", "Market attack in %s"},
            new String[] {
                "Gunmen killed %3$d civilians in %1$s, %2$s, residents said.",
                "Armed men shot dead %3$d villagers in %1$s, %2$s, according to a local official.",
                "Unidentified gunmen attacked a market in %1$s, %2$s, on %4$s, killing %3$d civilians, witnesses told reporters."});
    private static final Kind BLAST = new Kind(
            new String[] {"Bomb blast near %s", "Landmine kills soldiers near %s", "Convoy hit near %s"},
            new String[] {
                "An improvised explosive device exploded near %1$s, %2$s, killing %3$d soldiers.",
                "%3$d soldiers died when their vehicle struck a landmine near %1$s, %2$s, military sources said.",
                "A roadside bomb hit an army convoy near %1$s, %2$s, on %4$s, killing %3$d soldiers, the army said."});
    private static final List<Kind> KINDS = List.of(BATTLE, CIVILIANS, BLAST);

    /** Region-level accounts (Mali's Gao region, no town), one per kind that has one. */
    private static final String REGION_BATTLE = "Malian soldiers clashed with JNIM fighters in the Gao region on %s, the army said.";
    private static final String REGION_CIVILIANS = "Gunmen killed several civilians in Mali's Gao region, a rights group said on %s.";

    private static final List<String> OUTLETS = List.of("RFI", "Reuters", "AFP", "BBC News", "Al Jazeera",
            "Studio Tamani", "AIB", "ActuNiger", "Le Monde", "Jeune Afrique", "VOA Afrique", "Sahel Intelligence");
    private static final List<String> SYNDICATORS = List.of("Example Wire Africa", "Sahel Daily Digest");

    private final Random random;
    private final Instant start;
    private final Duration span;
    private final List<RawArticle> articles = new ArrayList<>();

    private Coverage(long seed, Instant start, Duration span) {
        this.random = new Random(seed);
        this.start = start;
        this.span = span;
    }

    /** The first {@code count} articles of as many events as it takes, in chronological order of publication. */
    public static List<RawArticle> articles(long seed, int count, Instant start, Duration span) {
        Coverage coverage = new Coverage(seed, start, span);
        for (int e = 0; coverage.articles.size() < count; e++) {
            coverage.cover(e);
        }
        List<RawArticle> out = new ArrayList<>(coverage.articles.subList(0, count));
        out.sort((a, b) -> a.getPublishedAt().compareTo(b.getPublishedAt()));
        return out;
    }

    /** A copy of the articles in a random order of this seed. */
    public static List<RawArticle> shuffled(List<RawArticle> articles, long seed) {
        List<RawArticle> out = new ArrayList<>(articles);
        Collections.shuffle(out, new Random(seed));
        return out;
    }

    private void cover(int event) {
        Town town = TOWNS.get(random.nextInt(TOWNS.size()));
        int kindIndex = random.nextInt(KINDS.size());
        Kind kind = KINDS.get(kindIndex);
        Instant at = start.plus(Duration.ofMinutes(random.nextLong(span.toMinutes())));
        int deaths = 2 + random.nextInt(30);
        List<String> outlets = new ArrayList<>(OUTLETS);
        Collections.shuffle(outlets, random);
        List<Integer> variants = new ArrayList<>(List.of(0, 1, 2));
        Collections.shuffle(variants, random);
        int reporters = 1 + random.nextInt(3);
        List<RawArticle> reports = new ArrayList<>();
        for (int r = 0; r < reporters; r++) {
            Instant published = at.plus(Duration.ofMinutes(30 + random.nextInt(36 * 60)));
            reports.add(article(event, outlets.get(r), published, kind, variants.get(r), town, deaths + r % 2));
        }
        articles.addAll(reports);
        if (random.nextInt(4) == 0) { // the first outlet follows its story up, with a revised toll
            RawArticle first = reports.get(0);
            int variant = reporters < 3 ? variants.get(reporters) : variants.get(1);
            articles.add(article(event, first.getSource(), first.getPublishedAt().plus(Duration.ofHours(6 + random.nextInt(24))),
                    kind, variant, town, deaths + 3));
        }
        if (random.nextInt(5) == 0) { // a syndicator carries one report with a word changed
            RawArticle original = reports.get(random.nextInt(reports.size()));
            String syndicator = SYNDICATORS.get(random.nextInt(SYNDICATORS.size()));
            articles.add(RawArticle.newBuilder(original)
                    .setId(id(event, syndicator)).setSource(syndicator).setUrl(url(event, syndicator))
                    .setBody(original.getBody().replace(" said", " reported").replace(" told", " informed"))
                    .setPublishedAt(original.getPublishedAt().plus(Duration.ofMinutes(20 + random.nextInt(300))))
                    .build());
        }
        if (town.inGao() && kind != BLAST && random.nextInt(3) == 0) { // a vague account at region level
            String outlet = outlets.get(outlets.size() - 1);
            String body = String.format(Locale.ROOT, kind == BATTLE ? REGION_BATTLE : REGION_CIVILIANS, weekday(at));
            articles.add(RawArticle.newBuilder().setId(id(event, outlet)).setSource(outlet).setUrl(url(event, outlet))
                    .setTitle(kind == BATTLE ? "Fighting in the Gao region" : "Civilians killed in the Gao region")
                    .setBody(body).setPublishedAt(at.plus(Duration.ofMinutes(60 + random.nextInt(24 * 60)))).build());
        }
    }

    private RawArticle article(int event, String outlet, Instant published, Kind kind, int variant, Town town, int deaths) {
        String id = id(event, outlet);
        return RawArticle.newBuilder().setId(id).setSource(outlet).setUrl(url(event, outlet))
                .setTitle(String.format(Locale.ROOT, kind.titles()[variant], town.name()))
                .setBody(String.format(Locale.ROOT, kind.bodies()[variant], town.name(), town.where(), deaths, weekday(published)))
                .setPublishedAt(published).build();
    }

    private String id(int event, String outlet) {
        String slug = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
        String base = "e" + event + "-" + slug;
        long taken = articles.stream().filter(a -> a.getId().startsWith(base)).count();
        return taken == 0 ? base : base + "-" + (taken + 1);
    }

    private String url(int event, String outlet) {
        return "https://news.example/" + id(event, outlet);
    }

    private static String weekday(Instant at) {
        String day = at.atZone(java.time.ZoneOffset.UTC).getDayOfWeek().toString();
        return day.charAt(0) + day.substring(1).toLowerCase(Locale.ROOT);
    }
}
