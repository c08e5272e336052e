package org.sahelwatch.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates wire reports deterministically from the phrase banks: report {@code n} of seed {@code s}
 * is always the same text. Reports are English or French, about the Sahel or elsewhere, about
 * conflict or not, in the shares of {@link Kind}; a normal report is 1–6 kB (UTF-8, title and body),
 * a long read (a weekly roundup of incidents across the Sahel) 9–16 kB.
 *
 * <p>The benchmark corpus ({@code bench/corpus/wire-articles.jsonl}) is reports 0–239 of seed
 * {@link #CORPUS_SEED}; the end-to-end harness draws an endless stream from the same generator.
 */
public final class WireGenerator {

    public static final long CORPUS_SEED = 20261126L;
    public static final int MIN_BYTES = 1_000;
    public static final int MAX_BYTES = 6_000;

    /** What a report is about; {@code weight} is its share in percent. */
    public enum Kind {
        ATTACK(10, true, true), CLASH(9, true, true), IED(7, true, true), AIRSTRIKE(7, true, true),
        PROTEST(6, true, true), ABDUCTION(6, true, true),
        HARVEST(5, true, false), ELECTION(5, true, false), FOOTBALL(5, true, false), ECONOMY(5, true, false),
        WAR(15, false, true), WORLD(20, false, false),
        /** A long read: a weekly roundup of Sahel incidents, each in its own country and town. */
        ROUNDUP(0, true, true);

        final int weight;
        public final boolean sahel;
        public final boolean conflict;

        Kind(int weight, boolean sahel, boolean conflict) {
            this.weight = weight;
            this.sahel = sahel;
            this.conflict = conflict;
        }

        String section() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One generated report, before it gets an id, a URL and a time. */
    public record Report(Kind kind, String language, boolean longRead, String outlet, String title, String body) {

        public int utf8Bytes() {
            return title.getBytes(StandardCharsets.UTF_8).length + body.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    private final long seed;
    private final Map<String, PhraseBank> banks = Map.of("en", PhraseBank.load("en"), "fr", PhraseBank.load("fr"));
    private final TownPool towns = TownPool.load();

    public WireGenerator(long seed) {
        this.seed = seed;
    }

    /** Report {@code n}: a normal one, or a long read. */
    public Report report(long n, boolean longRead) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + n);
        Kind kind = longRead ? Kind.ROUNDUP : pickKind(random);
        String language = random.nextInt(100) < (kind.sahel ? 45 : 25) ? "fr" : "en";
        PhraseBank bank = banks.get(language);
        Map<String, String> slots = slots(random, kind, language);
        String title = capitalised(PhraseBank.render(pick(random, bank.section("title." + kind.section())), slots));
        String body = longRead ? roundup(random, bank, language, slots, title, 9_000 + random.nextInt(7_000))
                : body(random, bank, kind, slots, title, targetBytes(random));
        return new Report(kind, language, longRead, slots.get("outlet"), title, body);
    }

    /** An outlet of the language's list, chosen by {@code n}: the harness varies the outlet of a reused report. */
    public static String outlet(String language, long n) {
        List<String> outlets = language.equals("fr") ? Cast.OUTLETS_FR : Cast.OUTLETS_EN;
        return outlets.get((int) Math.floorMod(n * 0x9E3779B97F4A7C15L >>> 17, (long) outlets.size()));
    }

    private static final List<Kind> INCIDENTS = List.of(Kind.ATTACK, Kind.CLASH, Kind.IED, Kind.AIRSTRIKE,
            Kind.PROTEST, Kind.ABDUCTION);

    /** The roundup's intro, then incidents (each a lede and a detail, in a town of its own) up to the target, then context. */
    private String roundup(Random random, PhraseBank bank, String language, Map<String, String> slots, String title,
                           int target) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(PhraseBank.render(pick(random, bank.section("lede.roundup")), slots));
        int bytes = utf8(title) + utf8(paragraphs.get(0));
        while (bytes < target - 1_200) {
            Kind incident = pick(random, INCIDENTS);
            Map<String, String> at = slots(random, incident, language);
            String paragraph = at.get("country") + " — " + PhraseBank.render(pick(random, bank.section("lede." + incident.section())), at)
                    + " " + PhraseBank.render(pick(random, bank.section("detail." + incident.section())), at);
            paragraphs.add(paragraph);
            bytes += utf8(paragraph) + 2;
        }
        for (String template : shuffled(random, bank.section("humanitarian.sahel")).subList(0, 3)) {
            paragraphs.add(PhraseBank.render(template, slots));
        }
        paragraphs.add(PhraseBank.render(pick(random, bank.section("close.any")), slots));
        return String.join("\n\n", paragraphs);
    }

    private static Kind pickKind(Random random) {
        int r = random.nextInt(100);
        for (Kind kind : Kind.values()) {
            r -= kind.weight;
            if (r < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("Kind weights must add up to 100");
    }

    /** Log-normal around 2.8 kB, kept within 1–6 kB. */
    private static int targetBytes(Random random) {
        double bytes = 2_800 * Math.exp(0.38 * random.nextGaussian());
        return (int) Math.max(MIN_BYTES + 100, Math.min(MAX_BYTES - 300, bytes));
    }

    /** The lede, then details, a quote and context paragraphs until the target size, then a closing line. */
    private String body(Random random, PhraseBank bank, Kind kind, Map<String, String> slots, String title, int target) {
        String lede = PhraseBank.render(pick(random, bank.section("lede." + kind.section())), slots);
        List<String> pool = new ArrayList<>();
        pool.addAll(shuffled(random, bank.section("detail." + kind.section())));
        pool.add(1, pick(random, bank.section("quote." + kind.section())));
        for (String part : contextSections(kind)) {
            pool.addAll(shuffled(random, bank.section(part)));
        }
        int bytes = utf8(title) + utf8(lede);
        String close = PhraseBank.render(pick(random, bank.section("close.any")), slots);
        List<String> rendered = new ArrayList<>();
        rendered.add(lede);
        for (String template : pool) {
            if (bytes + utf8(close) >= target) {
                break;
            }
            String paragraph = PhraseBank.render(template, slots);
            if (bytes + utf8(paragraph) + utf8(close) + 4 > MAX_BYTES) {
                break;
            }
            rendered.add(paragraph);
            bytes += utf8(paragraph) + 2;
        }
        rendered.add(close);
        return String.join("\n\n", rendered);
    }

    private static List<String> contextSections(Kind kind) {
        if (kind.sahel && kind.conflict) {
            return List.of("background.sahel", "humanitarian.sahel", "politics.sahel", "context.sahel");
        }
        if (kind.sahel) {
            return List.of("context.sahel", "humanitarian.sahel");
        }
        return List.of(kind == Kind.WAR ? "background.war" : "background.world");
    }

    private Map<String, String> slots(Random random, Kind kind, String language) {
        boolean fr = language.equals("fr");
        Map<String, String> s = new HashMap<>();
        s.put("n", String.valueOf(3 + (int) Math.round(Math.abs(random.nextGaussian()) * 12)));
        s.put("n2", String.valueOf(10 + random.nextInt(70)));
        s.put("n3", String.valueOf(2 + random.nextInt(14)));
        s.put("day", pick(random, fr ? Cast.DAYS_FR : Cast.DAYS_EN));
        s.put("outlet", pick(random, fr ? Cast.OUTLETS_FR : Cast.OUTLETS_EN));
        if (kind.sahel) {
            Cast.SahelCountry country = pickCountry(random);
            List<TownPool.Town> inCountry = towns.of(country.code());
            TownPool.Town town = pick(random, inCountry);
            TownPool.Town town2 = town;
            while (town2.id().equals(town.id()) || town2.name().equals(town.name())) {
                town2 = pick(random, inCountry);
            }
            s.put("town", town.name());
            s.put("town2", town2.name());
            s.put("admin1", town.admin1());
            s.put("capital", country.capital());
            s.put("country", fr ? country.nameFr() : country.nameEn());
            s.put("le_country", country.le());
            s.put("au_country", country.au());
            s.put("du_country", country.du());
            String army = fr ? country.armyFr() : country.armyEn();
            s.put("army", army);
            s.put("Army", capitalised(army));
            s.put("army_short", country.armyEn().substring("the ".length()));
            int g = random.nextInt(country.groupsEn().size());
            s.put("group", country.groupsEn().get(g));
            s.put("group_de", country.groupsFrDe().get(g));
        } else {
            Cast.Theatre theatre = pick(random, kind == Kind.WAR ? Cast.WARS : Cast.WORLD);
            s.put("wcountry", fr ? theatre.countryFr() : theatre.countryEn());
            s.put("wcity", fr ? theatre.cityFr() : theatre.cityEn());
            s.put("wparty1", fr ? theatre.party1Fr() : theatre.party1En());
            s.put("wparty2", fr ? theatre.party2Fr() : theatre.party2En());
        }
        return s;
    }

    private static Cast.SahelCountry pickCountry(Random random) {
        int r = random.nextInt(100);
        for (Cast.SahelCountry country : Cast.SAHEL) {
            r -= country.weight();
            if (r < 0) {
                return country;
            }
        }
        throw new IllegalStateException("Sahel country weights must add up to 100");
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static List<String> shuffled(Random random, List<String> items) {
        List<String> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
