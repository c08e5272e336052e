package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;
import static org.sahelwatch.Articles.theKidalSeedArticle;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;

/** The tagger on the seed article (Modern Tokyo Times, November 2023) and on the acceptance cases. */
class TaggerTest {

    private static final Instant NOW = Instant.parse("2023-11-15T00:00:00Z");
    private final Tagger tagger = TestTagger.get();

    private EnrichedArticle tag(org.sahelwatch.Articles article) {
        return tagger.tag(article.build(), NOW);
    }

    private static List<String> regionNames(EnrichedArticle e) {
        return e.getRegions().stream().filter(r -> !r.getImplied()).map(RegionTag::getName).toList();
    }

    private static List<String> actorIds(EnrichedArticle e) {
        return e.getActors().stream().map(ActorTag::getActorId).toList();
    }

    @Test
    void shouldTagTheSeedArticlesRegions() {
        EnrichedArticle e = tag(theKidalSeedArticle());

        assertThat(regionNames(e)).contains("Mali", "Kidal", "Timbuktu", "Burkina Faso", "Niger", "Chad");
        assertThat(e.getRegions()).noneMatch(r -> r.getName().contains("Tokyo"));
        assertThat(e.getSahel()).isTrue();
    }

    @Test
    void shouldTagTheSeedArticlesActors() {
        EnrichedArticle e = tag(theKidalSeedArticle());

        assertThat(actorIds(e)).contains("mali-armed-forces", "cma", "jnim", "islamic-state", "al-qaeda", "assimi-goita");
    }

    @Test
    void shouldResolveKidalToTheTownInKidalRegionWithCoordinates() {
        RegionTag kidal = tag(theKidalSeedArticle()).getRegions().stream()
                .filter(r -> r.getName().equals("Kidal") && r.getKind() == RegionKind.PLACE).findFirst().orElseThrow();

        assertThat(kidal.getCountryCode()).isEqualTo("ML");
        assertThat(kidal.getAdmin1()).isEqualTo("Kidal");
        assertThat(kidal.getLatitude()).isBetween(18.3, 18.6);
        assertThat(kidal.getLongitude()).isBetween(1.3, 1.5);
        assertThat(kidal.getMentions()).isNotEmpty();
    }

    @Test
    void shouldCodeTheKidalRecaptureAsGovernmentRegainsTerritory() {
        EnrichedArticle e = tag(theKidalSeedArticle());

        EventTag first = e.getEvents().get(0);
        assertThat(first.getEventType()).isEqualTo(EventType.BATTLES);
        assertThat(first.getSubEventType()).isEqualTo("Government regains territory");
        // the parties and nothing else: "Tuareg Separatists" are the CMA, not Tuareg civilians
        assertThat(first.getActorIds()).containsExactly("mali-armed-forces", "cma");
        assertThat(e.getFocus().getName()).isEqualTo("Kidal");
        assertThat(first.getEvidence().get(0).getText()).isEqualTo("retook");
        assertThat(first.getSentence().getText()).startsWith("The army of Mali retook Kidal");
    }

    @org.junit.jupiter.api.Disabled("known miss of model events-b722003da723: besides the Kidal recapture and the Timbuktu blockade, the analysis sentence \"The CMA – and other insurgent forces … – oppose the entrenchment of the armed forces\" is read as an armed clash at 0.42; see the README")
    @Test
    void shouldRaiseASeparateSignalForTheTimbuktuBlockadeAndNothingForTheBackground() {
        EnrichedArticle e = tag(theKidalSeedArticle());

        assertThat(e.getEvents()).hasSize(2);
        EventTag blockade = e.getEvents().get(1);
        assertThat(blockade.getEventType()).isEqualTo(EventType.STRATEGIC_DEVELOPMENTS);
        assertThat(blockade.getActorIds()).containsExactly("jnim");
        assertThat(e.getEvents()).noneMatch(ev -> ev.getSentence().getText().contains("since 2012"));
    }

    @Test
    void shouldReportEvidenceAtItsOffsetsInTheOriginalText() {
        EnrichedArticle e = tag(theKidalSeedArticle());
        String body = e.getArticle().getBody();

        for (ActorTag actor : e.getActors()) {
            actor.getMentions().stream().filter(m -> m.getField() == org.sahelwatch.avro.MentionField.BODY)
                    .forEach(m -> assertThat(body.substring(m.getStart(), m.getEnd())).isEqualTo(m.getText()));
        }
        assertThat(e.getActors()).anySatisfy(a -> assertThat(a.getMentions())
                .anyMatch(m -> m.getText().equals("Assimi Goita")));
    }

    @Test
    void shouldTagAConflictElsewhereWithoutMakingItSahel() {
        EnrichedArticle e = tag(anArticle().titled("Russian strikes hit Kharkiv")
                .withBody("Russian forces shelled Kharkiv overnight, killing four civilians, Ukrainian officials said."));

        assertThat(e.getSahel()).isFalse();
        assertThat(e.getEvents()).isNotEmpty();
    }

    @Test
    void shouldFindNoEventInAFootballResultFromBamako() {
        EnrichedArticle e = tag(anArticle().titled("Stade Malien win the Bamako derby")
                .withBody("Stade Malien beat Djoliba 2-1 at the Stade du 26 Mars in Bamako on Sunday, moving top of "
                        + "the Malian league. Supporters celebrated late into the night."));

        assertThat(e.getSahel()).isTrue();
        assertThat(e.getEvents()).isEmpty();
    }

    @Test
    void shouldNotRaiseAnEventForAThreatOrANegation() {
        EnrichedArticle e = tag(anArticle().titled("Warning").withBody(
                "JNIM vowed to attack Bamako. The army said it did not attack the village of Moura."));

        assertThat(e.getEvents()).isEmpty();
    }

    @Test
    void shouldTagFrenchArticlesWithTheSameDictionaries() {
        EnrichedArticle e = tag(anArticle().titled("L'armée malienne reprend Kidal")
                .withBody("Les Forces armées maliennes ont repris le contrôle de Kidal, tenue par les rebelles de la CMA."));

        assertThat(e.getLanguage()).isEqualTo("fr");
        assertThat(actorIds(e)).contains("mali-armed-forces", "cma");
        assertThat(e.getEvents()).anySatisfy(ev -> assertThat(ev.getSubEventType()).isEqualTo("Government regains territory"));
        assertThat(e.getFocus().getName()).isEqualTo("Kidal");
    }

    @Test
    void shouldReadTheDeathToll() {
        EnrichedArticle e = tag(anArticle().titled("Ambush near Tillia").withBody(
                "Islamic State fighters ambushed a Nigerien army patrol near Tillia, killing 17 soldiers."));

        assertThat(e.getFatalities()).isEqualTo(17);
        assertThat(e.getFocus().getName()).isEqualTo("Tillia");
    }
}
