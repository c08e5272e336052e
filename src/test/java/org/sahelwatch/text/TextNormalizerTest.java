package org.sahelwatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void shouldFoldCaseDiacriticsAndTypographicPunctuation() {
        FoldedText folded = TextNormalizer.fold("Ségou, Tillabéri – N’Djamena «Œuvre» İ");

        assertThat(folded.folded()).isEqualTo("segou, tillaberi - n'djamena \"oeuvre\" i");
    }

    @Test
    void shouldMapFoldedOffsetsBackToTheOriginalText() {
        String original = "L’armée a repris Kidal. Œuvre de Goïta.";
        FoldedText folded = TextNormalizer.fold(original);

        int start = folded.folded().indexOf("goita");
        int end = start + "goita".length();

        assertThat(original.substring(folded.originalStart(start), folded.originalEnd(end))).isEqualTo("Goïta");
        int oe = folded.folded().indexOf("oeuvre");
        assertThat(original.substring(folded.originalStart(oe), folded.originalEnd(oe + 6))).isEqualTo("Œuvre");
    }

    @Test
    void shouldDropCombiningAccentsOfDecomposedInput() {
        assertThat(TextNormalizer.foldPhrase("Se\u0301gou")).isEqualTo("segou");
    }

    @Test
    void shouldNotDependOnTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertThat(TextNormalizer.foldPhrase("TILLIA ISIS")).isEqualTo("tillia isis");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void shouldSplitTokensOnApostrophesAndHyphens() {
        Tokens tokens = Tokens.of(TextNormalizer.foldPhrase("Gorom-Gorom and N'Djamena"));

        assertThat(List.of(tokens.token(0), tokens.token(1), tokens.token(2), tokens.token(3), tokens.token(4)))
                .containsExactly("gorom", "gorom", "and", "n", "djamena");
    }
}
