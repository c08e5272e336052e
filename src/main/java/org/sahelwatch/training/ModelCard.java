package org.sahelwatch.training;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelwatch.learn.EventModel;
import org.sahelwatch.learn.EventTrainer;

/**
 * The card written next to a model file: what it was trained on (files, SHA-256, rows, examples, rows
 * left out), how (features, library and version, settings), what it is (version, size), and its
 * cross-validated figures. Markdown; nothing in it depends on the clock, so the same training gives
 * the same card.
 */
public final class ModelCard {

    private ModelCard() {
    }

    public static String render(EventModel model, TrainingSet set, EventTrainer.Settings settings, long fileBytes,
                                Map<String, ModelCrossValidation.Part> cv, int folds, List<String> command) {
        StringBuilder out = new StringBuilder();
        out.append("# Event model ").append(model.version()).append("\n\n");
        out.append("Rebuild: `").append(String.join(" ", command)).append("`\n\n");
        out.append("Source of the ACLED rows: ACLED, acleddata.com. The model is derived from them; no row is in it.\n\n");
        out.append("## Data\n\n| file | SHA-256 | rows | examples | left out |\n|---|---|---|---|---|\n");
        for (TrainingSet.Source s : set.sources()) {
            out.append("| `").append(s.path()).append("` | `").append(s.sha256()).append("` | ").append(s.rows())
                    .append(" | ").append(s.examples()).append(" | ")
                    .append(s.leftOut().isEmpty() ? "" : s.leftOut().toString()).append(" |\n");
        }
        out.append("\n").append(set.examples().size()).append(" examples in all.\n\n");
        out.append("## Model\n\n");
        out.append("- Library: liblinear-java ").append(libraryVersion()).append(" (de.bwaldvogel:liblinear, BSD).\n");
        out.append("- Type classifier: 6 ACLED event types + NONE; ").append(settings.types()).append(".\n");
        out.append("- Sub-type classifier: 25 ACLED sub-event types + NONE, read within the chosen type; ")
                .append(settings.subTypes()).append(".\n");
        out.append("- Features: character ").append(model.features().minN()).append("–").append(model.features().maxN())
                .append("-grams and word unigrams and bigrams").append(model.features().trigrams() ? " and trigrams" : "")
                .append(" of the sentence with actors and places masked by category, plus named features (actor categories,")
                .append(" first and second actor, trigger rules of config/events.tsv and today's rule choice, ruled-out")
                .append(" triggers, a toll); sublinear TF × IDF, L2-normalised.\n");
        out.append("- Vocabulary: ").append(model.vocabulary().size()).append(" features seen in at least ")
                .append(settings.minDocs()).append(" examples; weights quantised to 8 bits.\n");
        out.append(String.format(Locale.ROOT, "- Calibration: softmax temperature %.4f, fitted on %d-fold out-of-fold type scores.%n",
                model.temperature(), settings.calibrationFolds()));
        out.append("- File: ").append(fileBytes).append(" bytes.\n\n");
        if (cv != null) {
            out.append("## ").append(folds).append("-fold cross-validation of the model\n\n");
            out.append("Folds by group (one ACLED note and its translation never in two folds); each example read by a model")
                    .append(" trained without its fold.\n\n```\n").append(ModelCrossValidation.summary(cv)).append("```\n\n");
            for (Map.Entry<String, ModelCrossValidation.Part> e : cv.entrySet()) {
                out.append("### ").append(e.getKey()).append(": event types\n\n```\n")
                        .append(e.getValue().types.perClassTable("")).append(e.getValue().types.matrix("")).append("```\n\n");
            }
        }
        return out.toString();
    }

    private static String libraryVersion() {
        Package p = de.bwaldvogel.liblinear.Linear.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "2.44" : v;
    }
}
