package org.sahelwatch.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelwatch.eval.AcledRow;
import org.sahelwatch.eval.AdminNames;

class AcledLabelsTest {

    private final AcledLabels labels = new AcledLabels(new AdminNames(WrittenDictionary.get().gazetteer()));

    @Test
    void shouldReadTheEraOfALabel() {
        AcledLabels.Label label = labels.parse("Military Forces of Mali (2013-2020)");

        assertThat(label.key()).isEqualTo("Military Forces of Mali");
        assertThat(label.from()).isEqualTo(2013);
        assertThat(label.to()).isEqualTo(2020);
        assertThat(label.countryCode()).isEqualTo("ML");
        assertThat(label.templateBase()).isNull();
    }

    @Test
    void shouldReadAnEraInTheMiddleOfALabelAsOpen() {
        AcledLabels.Label label = labels.parse("Police Forces of Burkina Faso (2015-) Gendarmerie");

        assertThat(label.key()).isEqualTo("Police Forces of Burkina Faso Gendarmerie");
        assertThat(label.from()).isEqualTo(2015);
        assertThat(label.to()).isNull();
        assertThat(label.countryCode()).isEqualTo("BF");
    }

    @Test
    void shouldReadALabelWrittenForEveryCountryAsATemplate() {
        AcledLabels.Label label = labels.parse("Teachers (Burkina Faso)");

        assertThat(label.templateBase()).isEqualTo("Teachers");
        assertThat(label.countryCode()).isEqualTo("BF");
        assertThat(labels.parse("Militia (Miners)").templateBase()).isNull();
    }

    @Test
    void shouldGiveEachLabelOfAJointAttributionAndEachAssociatedActorItsRole() {
        AcledRow row = new AcledRow(2, 1, Map.of("actor1", "JNIM: Group for Support of Islam and Muslims and/or "
                + "Islamic State (Greater Sahara)", "inter1", "2", "actor2", "Civilians (Mali)", "inter2", "7",
                "assoc_actor_2", "Farmers (Mali); Dogon Ethnic Group (Mali)"));

        assertThat(labels.of(row)).extracting(c -> c.label().key() + " " + c.role()).containsExactly(
                "JNIM: Group for Support of Islam and Muslims ACTOR1", "Islamic State (Greater Sahara) ACTOR1",
                "Civilians (Mali) ACTOR2", "Farmers (Mali) ASSOCIATED2", "Dogon Ethnic Group (Mali) ASSOCIATED2");
    }
}
