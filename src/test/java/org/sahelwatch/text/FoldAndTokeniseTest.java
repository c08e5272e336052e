package org.sahelwatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fused fold + tokenise pass must give exactly what fold, then {@link Tokens#of(String)}, gives. */
class FoldAndTokeniseTest {

    private static final String[] SAMPLES = {
        "",
        "   ",
        "Mali",
        "L’armée a repris Kidal. Œuvre de Goïta.",
        "Ségou, Tillabéri – N’Djamena «Œuvre» İ Straße ÆTHER Łódź Øresund Đakovo",
        "Se\u0301gou and cafe\u0301s: decomposed accents fold to nothing",
        "\u0301\u0301leading marks, trailing marks\u0301",
        "emoji \uD83D\uDE00 between words, a lone \uD800 surrogate, KELVIN \u212A sign, Ω \u2126",
        "Gorom-Gorom and N'Djamena, 12 killed; 3,000 displaced (UNHCR)",
        "ВАГНЕР и Мали; ΑΘΗΝΑ; مالي; 马里",
        "œœœœ ßßß ææ fin",
    };

    @Test
    void shouldGiveTheSameFoldingTokensAndHashesAsTheTwoPasses() {
        List<String> texts = new ArrayList<>(List.of(SAMPLES));
        Random random = new Random(42);
        char[] alphabet = "aAzZ09 -'’.,é\u0301œßÆİ\u212A\u00A0\u2013\uD83D\uDE00Ωж".toCharArray();
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                b.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(b.toString());
        }
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            big.append(SAMPLES[i % SAMPLES.length]).append(' ');
        }
        texts.add(big.toString());

        for (String text : texts) {
            FoldedText twoPass = TextNormalizer.fold(text);
            Tokens expected = Tokens.of(twoPass.folded());
            Tokens fused = TextNormalizer.foldAndTokenise(text);

            assertThat(fused.foldedText()).isEqualTo(twoPass);
            assertThat(fused.text()).isEqualTo(twoPass.folded());
            assertThat(fused.count()).isEqualTo(expected.count());
            for (int t = 0; t < expected.count(); t++) {
                assertThat(fused.start(t)).isEqualTo(expected.start(t));
                assertThat(fused.end(t)).isEqualTo(expected.end(t));
                assertThat(fused.hash(t)).isEqualTo(expected.hash(t));
            }
        }
    }

    @Test
    void shouldMapOffsetsOfTheFusedPassBackToTheOriginalText() {
        String original = "L’armée a repris Kidal. Œuvre de Goïta, Se\u0301gou.";
        Tokens tokens = TextNormalizer.foldAndTokenise(original);
        FoldedText folded = tokens.foldedText();
        List<String> words = new ArrayList<>();
        for (int t = 0; t < tokens.count(); t++) {
            words.add(original.substring(folded.originalStart(tokens.start(t)), folded.originalEnd(tokens.end(t))));
        }

        assertThat(words).containsExactly("L", "armée", "a", "repris", "Kidal", "Œuvre", "de", "Goïta", "Se\u0301gou");
    }

    @Test
    void shouldKeepNoOriginMapWhenTextFoldsCharacterForCharacter() {
        FoldedText folded = TextNormalizer.fold("Kidal, Ménaka");

        assertThat(folded.folded()).isEqualTo("kidal, menaka");
        assertThat(folded.origin()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(folded.originalEnd(13)).isEqualTo(13);
        assertThat(new FoldedText("Kidal", "kidal", new int[] {0, 1, 2, 3, 4})).isEqualTo(TextNormalizer.fold("Kidal"));
    }
}
