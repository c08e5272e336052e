package org.sahelwatch.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.liblinear.SolverType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleModelTest {

    private static RoleModel trained() {
        List<List<String>> x = new ArrayList<>();
        List<String> y = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            x.add(List.of("trigger=before", "cat=REBEL_GROUP", "n" + (i % 3)));
            y.add("ACTOR1");
            x.add(List.of("trigger=after", "cat=STATE_FORCES", "n" + (i % 3)));
            y.add("ACTOR2");
            x.add(List.of("trigger=after", "coded-associate", "n" + (i % 3)));
            y.add("ASSOCIATED");
            x.add(List.of("trigger=none", "cat=OTHER", "n" + (i % 3)));
            y.add("NONE");
        }
        return RoleModel.train(x, y, new LinearTrainer(new LinearTrainer.Settings(SolverType.L2R_L2LOSS_SVC_DUAL, 1, 0.01)), 2);
    }

    @Test
    void shouldLearnWhoActsAndWhoIsActedUpon() {
        RoleModel model = trained();

        assertThat(LinearModel.argmax(model.scores(List.of("trigger=before", "cat=REBEL_GROUP")))).isEqualTo(RoleModel.ACTOR1);
        assertThat(LinearModel.argmax(model.scores(List.of("trigger=after", "cat=STATE_FORCES")))).isEqualTo(RoleModel.ACTOR2);
        assertThat(LinearModel.argmax(model.scores(List.of("trigger=after", "coded-associate")))).isEqualTo(RoleModel.ASSOCIATED);
        assertThat(model.scores(List.of("never-seen"))).isEqualTo(model.scores(List.of()));
    }

    @Test
    void shouldReadBackTheScoresItWrote() throws IOException {
        RoleModel model = trained();
        StringBuilder text = new StringBuilder();
        model.write(text, List.of("a comment"));

        RoleModel read = RoleModel.read(new BufferedReader(new StringReader(text.toString())), "test");

        assertThat(text).startsWith("# a comment\nfeature\tACTOR1\tACTOR2\tASSOCIATED\tNONE\n(bias)\t");
        for (List<String> x : List.of(List.of("trigger=before", "cat=REBEL_GROUP"), List.of("coded-associate", "n1"))) {
            double[] a = model.scores(x);
            double[] b = read.scores(x);
            for (int r = 0; r < a.length; r++) {
                assertThat(b[r]).isCloseTo(a[r], org.assertj.core.data.Offset.offset(1e-3));
            }
        }
        StringBuilder again = new StringBuilder();
        read.write(again, List.of("a comment"));
        assertThat(again.toString()).isEqualTo(text.toString());
    }

    @Test
    void shouldSayWhatIsWrongWithAFileThatIsNoRoleModel() {
        assertThatThrownBy(() -> RoleModel.read(new BufferedReader(new StringReader("id\tname\n")), "x.tsv"))
                .hasMessage("x.tsv line 1: expected the header 'feature\tACTOR1\tACTOR2\tASSOCIATED\tNONE'; rebuild the"
                        + " model with `sahelwatch train`");
    }
}
