package org.sahelwatch.training;

import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.eval.AcledActors;
import org.sahelwatch.eval.AcledCsv;
import org.sahelwatch.eval.AcledEventTypes;
import org.sahelwatch.eval.AcledRow;
import org.sahelwatch.eval.AdminNames;
import org.sahelwatch.learn.LinearTrainer;
import org.sahelwatch.learn.RoleModel;
import org.sahelwatch.learn.TrainingData;
import org.sahelwatch.tagging.ActorDictionary;
import org.sahelwatch.tagging.RoleReading;
import org.sahelwatch.tagging.TaggingDictionary;

/**
 * Trains the role model ({@link RoleModel}) on ACLED's coded events: each note is read by the tagger's own
 * stages ({@link RoleReading}, with the dictionary of the rows trained on: a fold's, in cross-validation), and
 * each actor the tagger finds is an example of the role ACLED gave the label it stands for (actor 1, actor 2,
 * associated with either) or of none. An actor that stands for both actor 1 and actor 2 teaches nothing.
 */
public final class RoleTraining {

    /** liblinear's settings for the role model: L2-regularised L2-loss SVMs, one per role, solved in the dual. */
    public static final LinearTrainer.Settings SETTINGS = new LinearTrainer.Settings(SolverType.L2R_L2LOSS_SVC_DUAL, 0.5, 0.01);
    /** Features seen in fewer examples are left out. */
    public static final int MIN_COUNT = 2;

    /** One actor of one note: its features and role. */
    public record Example(List<String> features, String role) {
    }

    private RoleTraining() {
    }

    /** The examples of the rows of {@code which}, read in parallel, in row order. */
    public static List<Example> prepare(TaggingDictionary dictionary, List<AcledRow> rows, BitSet which) {
        RoleReading reading = new RoleReading(dictionary);
        AcledLabels labels = new AcledLabels(new AdminNames(dictionary.gazetteer()));
        int[] index = which.stream().toArray();
        @SuppressWarnings("unchecked")
        List<Example>[] perRow = new List[index.length];
        IntStream.range(0, index.length).parallel().forEach(i -> {
            AcledRow row = rows.get(index[i]);
            perRow[i] = examples(reading, labels, dictionary.actors(), row);
        });
        List<Example> out = new ArrayList<>();
        for (List<Example> e : perRow) {
            out.addAll(e);
        }
        return out;
    }

    private static List<Example> examples(RoleReading reading, AcledLabels labels, ActorDictionary actors, AcledRow row) {
        List<AcledLabels.Coded> coded = labels.of(row);
        List<Example> out = new ArrayList<>();
        for (RoleReading.Candidate c : reading.read(row.get(AcledCsv.NOTES), TrainingData.yearOf(row), eventType(row))) {
            String role = roleOf(c.actor(), coded, actors);
            if (role != null) {
                out.add(new Example(c.features(), role));
            }
        }
        return out;
    }

    /** ACLED's event type of the row, when it names one type ("Riots/Protests" names two: null). */
    static String eventType(AcledRow row) {
        return AcledEventTypes.map(row.get(AcledCsv.EVENT_TYPE)).filter(g -> g.types().size() == 1)
                .map(g -> g.types().iterator().next()).map(EventType::name).orElse(null);
    }

    /** The role of the label the actor stands for; null when it stands for both actor 1 and actor 2. */
    static String roleOf(ActorTag actor, List<AcledLabels.Coded> coded, ActorDictionary actors) {
        boolean one = false;
        boolean two = false;
        boolean associated = false;
        for (AcledLabels.Coded c : coded) {
            if (AcledActors.recalled(c.label().label(), List.of(actor), actors)) {
                switch (c.role()) {
                    case ACTOR1 -> one = true;
                    case ACTOR2 -> two = true;
                    default -> associated = true;
                }
            }
        }
        if (one && two) {
            return null;
        }
        int role = one ? RoleModel.ACTOR1 : two ? RoleModel.ACTOR2 : associated ? RoleModel.ASSOCIATED : RoleModel.NONE;
        return RoleModel.ROLES.get(role);
    }

    /** Trains the model on the examples. */
    public static RoleModel train(List<Example> examples) {
        return RoleModel.train(examples.stream().map(Example::features).toList(),
                examples.stream().map(Example::role).toList(), new LinearTrainer(SETTINGS), MIN_COUNT);
    }
}
