package org.sahelwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;

class AdminMentionsTest {

    private final AdminMentions mentions = new AdminMentions(new AdminNames(TestTagger.get().dictionary().gazetteer()));

    @Test
    void shouldFindTheRegionByItsNameOrTheGazetteersAliasOfIt() {
        assertThat(mentions.namesRegion("Gunmen attacked Ber (Ber, Tombouctou).", "ML", "Tombouctou", "Timbuktu")).isTrue();
        assertThat(mentions.namesRegion("Gunmen attacked a village near Timbuktu.", "ML", "Tombouctou", "Goundam")).isTrue();
        assertThat(mentions.namesRegion("Militants attacked Boni (Douentza, Mopti).", "ML", "Mopti", "Douentza")).isTrue();
    }

    @Test
    void shouldFindNoRegionInANoteThatNamesOnlyAVillage() {
        assertThat(mentions.namesRegion("Unknown gunmen attacked the village of Sodon.", "ML", "Mopti", "Bandiagara")).isFalse();
        assertThat(mentions.namesPlace("Unknown gunmen attacked the village of Sodon.", "Sodon")).isTrue();
    }

    @Test
    void shouldReadARegionWrittenInSeveralWords() {
        assertThat(mentions.namesRegion("Protest in Boucle du Mouhoun.", "BF", "Boucle du Mouhoun", "Mouhoun")).isTrue();
    }
}
