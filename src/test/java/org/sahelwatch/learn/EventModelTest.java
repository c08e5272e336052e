package org.sahelwatch.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.EventType;

/** The trainer, the model and its file on a small hand-made set of sentences. */
class EventModelTest {

    private static final String[][] SENTENCES = {
        {"Armed clash", "militants attacked an army post and clashed with soldiers"},
        {"Armed clash", "soldiers repelled an attack by jihadists on their base"},
        {"Armed clash", "heavy fighting between the army and rebels near the town"},
        {"Air/drone strike", "a drone strike hit a militant convoy"},
        {"Air/drone strike", "warplanes bombed jihadist positions in an air strike"},
        {"Air/drone strike", "the air force carried out air strikes on the camp"},
        {"Peaceful protest", "hundreds of students marched peacefully to demand better conditions"},
        {"Peaceful protest", "traders held a sit-in to protest against new taxes"},
        {"Peaceful protest", "women demonstrated in the capital calling for peace"},
        {"NONE", "the football team won the cup final on sunday"},
        {"NONE", "rain fell across the region and farmers planted millet"},
        {"NONE", "the minister opened a new school in the capital"},
    };

    private static List<EventTrainer.Item> items() {
        List<EventTrainer.Item> items = new ArrayList<>();
        for (int i = 0; i < SENTENCES.length; i++) {
            items.add(new EventTrainer.Item(new EventInput(SENTENCES[i][1], List.of()), SENTENCES[i][0], "g" + i));
        }
        return items;
    }

    private static EventTrainer trainer() {
        EventTrainer.Settings d = EventTrainer.Settings.defaults();
        return new EventTrainer(new EventTrainer.Settings(d.types(), d.subTypes(), 1, 3, d.features(), 1));
    }

    @Test
    void shouldLearnTheSentencesItWasTrainedOn() {
        EventModel model = trainer().train(items());
        EventPrediction strike = model.classify(new EventInput("a drone strike hit a militant convoy", List.of()));
        assertThat(strike.eventType()).contains(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(strike.label()).isEqualTo("Air/drone strike");
        EventPrediction football = model.classify(new EventInput("the football team won the cup final on sunday", List.of()));
        assertThat(football.isEvent()).isFalse();
        assertThat(football.label()).isEqualTo(EventLabels.NONE);
    }

    @Test
    void shouldGiveProbabilitiesThatSumToOne() {
        EventModel model = trainer().train(items());
        double[] p = model.typeProbabilities(model.vector(new EventInput("soldiers clashed with rebels", List.of())));
        assertThat(p).hasSize(EventModel.TYPE_LABELS.size());
        assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(model.temperature()).isBetween(0.01, 100.0);
    }

    @Test
    void shouldTrainTheSameModelTwiceAndNameItByItsContent() throws IOException {
        EventModel a = trainer().train(items());
        EventModel b = trainer().train(items());
        assertThat(bytes(a)).isEqualTo(bytes(b));
        assertThat(a.version()).startsWith("events-").hasSize("events-".length() + 12);
    }

    @Test
    void shouldReadBackTheModelItWrote() throws IOException {
        EventModel model = trainer().train(items());
        EventModel read = EventModelFile.read(new ByteArrayInputStream(bytes(model)), "test");
        assertThat(read.version()).isEqualTo(model.version());
        assertThat(read.types()).isEqualTo(model.types());
        assertThat(read.subTypes()).isEqualTo(model.subTypes());
        assertThat(read.vocabulary()).isEqualTo(model.vocabulary());
        assertThat(read.temperature()).isEqualTo(model.temperature());
    }

    @Test
    void shouldRefuseAFileThatIsNotAModel() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write("hello, world".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> EventModelFile.read(new ByteArrayInputStream(bytes.toByteArray()), "hello.gz"))
                .isInstanceOf(IOException.class)
                .hasMessage("hello.gz is not a Sahelwatch event model (no SWEM header); rebuild it with `sahelwatch train` (see the README)");
    }

    private static byte[] bytes(EventModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventModelFile.write(model, out);
        return out.toByteArray();
    }
}
