package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.EnrichedArticle;

/** French reports tag like their English twins: same event, same place, same armed actors, same toll. */
class FrenchEnglishTwinsTest {

    private static final Instant NOW = Instant.parse("2024-03-22T00:00:00Z");

    record Twin(String name, String english, String french) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Twin> twins() {
        return List.of(
                new Twin("Kidal recapture",
                        "The Malian army retook Kidal from the CMA rebels on Tuesday.",
                        "L'armée malienne a repris Kidal aux rebelles de la CMA mardi."),
                new Twin("Ambush near Tillia",
                        "Islamic State fighters ambushed a Nigerien army patrol near Tillia, killing 17 soldiers.",
                        "Des combattants de l'État islamique ont tendu une embuscade à une patrouille de l'armée nigérienne près de Tillia, tuant 17 soldats."),
                new Twin("Abduction near Djibo",
                        "Gunmen abducted ten civilians near Djibo, in northern Burkina Faso.",
                        "Des hommes armés ont enlevé dix civils près de Djibo, dans le nord du Burkina Faso."),
                new Twin("Protest against the French presence",
                        "Hundreds of people protested in Bamako on Friday against the French military presence in Mali.",
                        "Des centaines de personnes ont manifesté vendredi à Bamako contre la présence militaire française au Mali."),
                new Twin("Boko Haram attack in Lac",
                        "Boko Haram fighters attacked an army base in Ngouboua, in Chad's Lac province, killing 40 soldiers.",
                        "Des combattants de Boko Haram ont attaqué une base de l'armée à Ngouboua, dans la province du Lac au Tchad, tuant 40 soldats."),
                new Twin("Killings reported in the conditional",
                        "Soldiers reportedly killed eleven people accused of helping militants near Djibo, Burkina Faso.",
                        "Des soldats auraient tué onze personnes accusées d'aider les jihadistes près de Djibo, au Burkina Faso."),
                new Twin("A trader shot dead",
                        "Gunmen shot dead a trader in Gorom-Gorom, Burkina Faso.",
                        "Des hommes armés ont abattu un commerçant à Gorom-Gorom, au Burkina Faso."),
                new Twin("Two jihadist groups clash, a sum of their dead",
                        "JNIM and ISGS fighters clashed near Ansongo, Mali. Twelve ISGS fighters and five JNIM fighters were killed.",
                        "Des combattants du JNIM et de l'EIGS se sont affrontés près d'Ansongo, au Mali. Douze combattants de l'EIGS et cinq du JNIM ont été tués."),
                new Twin("An army camp attacked",
                        "JNIM militants attacked a Malian army camp in Sokoura, Mali, killing nine soldiers.",
                        "Des jihadistes du JNIM ont attaqué un camp de l'armée malienne à Sokoura, au Mali, tuant neuf soldats."),
                new Twin("An air raid",
                        "The Chadian air force carried out an air raid near Bardai, Chad, wounding four civilians.",
                        "L'armée de l'air tchadienne a mené un raid aérien près de Bardaï, au Tchad, blessant quatre civils."),
                new Twin("People in the streets",
                        "Thousands of people took to the streets of Niamey, Niger, to demand the repeal of the finance law.",
                        "Des milliers de personnes sont descendues dans les rues de Niamey, au Niger, pour réclamer l'abrogation de la loi de finances."),
                new Twin("Demonstrators who ransack",
                        "Residents demonstrated in Timbuktu, Mali. The demonstrators ransacked houses and cars.",
                        "Des habitants ont manifesté à Tombouctou, au Mali. Les manifestants ont saccagé des maisons et des voitures."),
                new Twin("The market is no march",
                        "Gunmen attacked people going to the market near Bandiagara, Mali, killing three.",
                        "Des hommes armés ont attaqué des personnes qui se rendaient au marché près de Bandiagara, au Mali, tuant trois d'entre elles."),
                new Twin("Carts and a camel seized",
                        "Dozo militiamen seized two carts and a camel near Djenné, Mali.",
                        "Des miliciens dozos se sont emparés de deux charrettes et d'un chameau près de Djenné, au Mali."),
                new Twin("The UN mission written Minusma",
                        "A Malian army sentry opened fire on a MINUSMA convoy near Gao, Mali, which returned fire.",
                        "Une sentinelle de l'armée malienne a ouvert le feu sur un convoi de la Minusma près de Gao, au Mali, qui a riposté."));
    }

    private static EnrichedArticle tag(String body, String language) {
        return TestTagger.get().tag(anArticle().titled("Report").withBody(body).inLanguage(language).build(), NOW);
    }

    private static Set<String> armedActors(EnrichedArticle e) {
        return e.getActors().stream()
                .filter(a -> a.getCategory() != ActorCategory.OTHER && a.getCategory() != ActorCategory.CIVILIANS
                        && a.getCategory() != ActorCategory.PROTESTERS)
                .map(ActorTag::getActorId).collect(Collectors.toSet());
    }

    /**
     * Twins the shipped model (events-b722003da723) still reads apart: the French "ont blessé par balle un
     * commerçant" is read as a strategic development, the English as an attack. Listed in the README's
     * known misses.
     */
    static List<Twin> stillMissed() {
        return List.of(
                new Twin("A trader wounded by a bullet",
                        "Unidentified gunmen shot and wounded a livestock trader in Dori, Burkina Faso.",
                        "Des hommes armés non identifiés ont blessé par balle un commerçant de bétail à Dori, au Burkina Faso."));
    }

    @org.junit.jupiter.api.Disabled("known miss of model events-b722003da723: see stillMissed() and the README")
    @ParameterizedTest(name = "{0}")
    @MethodSource("stillMissed")
    void shouldTagTheFrenchReportLikeItsEnglishTwinStillMissed(Twin twin) {
        shouldTagTheFrenchReportLikeItsEnglishTwin(twin);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twins")
    void shouldTagTheFrenchReportLikeItsEnglishTwin(Twin twin) {
        EnrichedArticle en = tag(twin.english(), "en");
        EnrichedArticle fr = tag(twin.french(), "fr");

        assertThat(en.getEvents()).as("English events").isNotEmpty();
        assertThat(fr.getEvents()).as("French events").isNotEmpty();
        assertThat(fr.getEvents().get(0).getEventType()).isEqualTo(en.getEvents().get(0).getEventType());
        assertThat(fr.getEvents().get(0).getSubEventType()).isEqualTo(en.getEvents().get(0).getSubEventType());
        assertThat(fr.getFocus().getPlaceId()).isEqualTo(en.getFocus().getPlaceId());
        assertThat(armedActors(fr)).isEqualTo(armedActors(en));
        assertThat(fr.getFatalities()).isEqualTo(en.getFatalities());
    }

    /**
     * In a protest against a foreign presence the foreign force is the topic, not a party: ACLED codes the
     * protesters alone. Both tellings tag the protesters and neither tags the French forces.
     */
    @org.junit.jupiter.api.Test
    void shouldNotTagTheForceAProtestIsAgainstInEitherLanguage() {
        EnrichedArticle en = tag("Hundreds of people protested in Bamako on Friday against the French military presence in Mali.", "en");
        EnrichedArticle fr = tag("Des centaines de personnes ont manifesté vendredi à Bamako contre la présence militaire française au Mali.", "fr");
        for (EnrichedArticle e : List.of(en, fr)) {
            assertThat(e.getActors()).extracting(ActorTag::getName).contains("Protesters (Mali)");
            assertThat(e.getActors()).noneMatch(a -> a.getCategory() == ActorCategory.EXTERNAL_FORCES
                    || a.getCategory() == ActorCategory.STATE_FORCES);
        }
    }

    @org.junit.jupiter.api.Test
    void shouldStillTagAForceThatIntervenesInAProtest() {
        EnrichedArticle en = tag("French troops fired tear gas to disperse protesters who demonstrated outside their base in Gao, Mali.", "en");
        EnrichedArticle fr = tag("Des soldats français ont dispersé à coups de gaz lacrymogène des manifestants devant leur base à Gao, au Mali.", "fr");
        for (EnrichedArticle e : List.of(en, fr)) {
            assertThat(e.getActors()).extracting(ActorTag::getActorId).contains("france-armed-forces");
        }
    }
}
