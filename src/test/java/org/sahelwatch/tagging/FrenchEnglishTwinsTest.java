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
                        "Des combattants de Boko Haram ont attaqué une base de l'armée à Ngouboua, dans la province du Lac au Tchad, tuant 40 soldats."));
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
