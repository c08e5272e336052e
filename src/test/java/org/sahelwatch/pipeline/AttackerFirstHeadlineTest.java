package org.sahelwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.EnrichedArticle;

/** The alert headline names the attacker first and its target second, in English and French, active or passive. */
class AttackerFirstHeadlineTest {

    private static String headline(String title, String body) {
        EnrichedArticle enriched = TestTagger.get().tag(anArticle().titled(title).withBody(body).build(),
                Instant.parse("2023-11-15T00:00:00Z"));
        List<ConflictAlert> alerts = new AlertBuilder(TestTagger.get().dictionary().gazetteer()).alertsFor(enriched);
        assertThat(alerts).as(body).isNotEmpty();
        return alerts.get(0).getHeadline();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Attack in central Mali|JNIM militants attacked a Malian army post in Boni, in the Mopti region, killing three soldiers.",
        "Attaque dans le centre du Mali|Des militants du JNIM ont attaqué un poste de l'armée malienne à Boni, dans la région de Mopti, tuant trois soldats.",
        "Attack in central Mali|A Malian army post in Boni, in the Mopti region, was attacked by JNIM militants on Sunday.",
        "Attaque dans le centre du Mali|Un poste de l'armée malienne a été attaqué dimanche par des militants du JNIM à Boni, dans la région de Mopti."})
    void shouldNameJnimBeforeTheArmy(String title, String body) {
        assertThat(headline(title, body)).as(body)
                .endsWith(": Jama'at Nusrat al-Islam wal-Muslimin (JNIM) / Malian Armed Forces (FAMa)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Killings in central Mali|Dozo militiamen killed three Fulani civilians in the village of Sinda, near Bankass, in the Mopti region of Mali.",
        "Tueries dans le centre du Mali|Trois civils peuls ont été tués par des miliciens dozos dans le village de Sinda, près de Bankass, dans la région de Mopti au Mali."})
    void shouldNameTheMilitiaBeforeItsVictims(String title, String body) {
        assertThat(headline(title, body)).as(body).contains(": Dozo hunters' militias / ");
    }
}
