package org.sahelwatch.training;

import java.util.BitSet;
import java.util.List;
import org.sahelwatch.eval.AcledRow;
import org.sahelwatch.learn.Folds;
import org.sahelwatch.learn.RoleModel;
import org.sahelwatch.learn.TrainingData;
import org.sahelwatch.tagging.LearnedTables;
import org.sahelwatch.tagging.TaggingDictionary;

/**
 * Learns what the tagger takes from ACLED's coded events, from any subset of the rows: the actor table
 * ({@link AcledActorTable}), the places and their priors ({@link PlaceSupplement}), then, with the dictionary
 * they make, the role model ({@link RoleTraining}). {@code train} learns from every row; cross-validation
 * ({@link FoldTaggers}) from each fold's training rows. The rows are read once, here; each learning reads
 * only its rows.
 */
public final class TaggerTraining {

    /** What was learned from some rows: the tables, the dictionary they make with the written ones, the role model. */
    public record Learned(LearnedTables tables, TaggingDictionary dictionary, RoleModel roles) {
    }

    private final TaggingDictionary written;
    private final List<AcledRow> rows;
    private final AcledActorTable actorTable;
    private final AcledActorTable.Prepared prepared;
    private final PlaceSupplement places;

    /** Reads the rows once with the dictionaries written by hand or generated from open sources ({@code written}). */
    public TaggerTraining(TaggingDictionary written, List<AcledRow> rows) {
        this.written = written;
        this.rows = List.copyOf(rows);
        this.actorTable = new AcledActorTable(written);
        this.prepared = actorTable.prepare(this.rows);
        this.places = new PlaceSupplement(written);
    }

    public List<AcledRow> rows() {
        return rows;
    }

    /** Learns from every row. */
    public Learned learnFromAll() {
        BitSet all = new BitSet();
        all.set(0, rows.size());
        return learn(all);
    }

    /** Learns from the rows outside fold {@code fold} of {@code k} (folds by group: a note and its retellings together). */
    public Learned learnWithout(int fold, int k) {
        return learn(outside(rows, fold, k));
    }

    /** The rows outside fold {@code fold} of {@code k}. */
    static BitSet outside(List<AcledRow> rows, int fold, int k) {
        BitSet training = new BitSet();
        for (int i = 0; i < rows.size(); i++) {
            if (Folds.of(TrainingData.groupOf(rows.get(i).get(org.sahelwatch.eval.AcledCsv.NOTES)), k) != fold) {
                training.set(i);
            }
        }
        return training;
    }

    private Learned learn(BitSet training) {
        PlaceSupplement.Learned learnedPlaces = places.learn(rows, training);
        LearnedTables tables = new LearnedTables(actorTable.learn(prepared, training), learnedPlaces.places(),
                learnedPlaces.priors());
        TaggingDictionary dictionary = written.withLearned(tables);
        RoleModel roles = RoleTraining.train(RoleTraining.prepare(dictionary, rows, training));
        return new Learned(tables, dictionary, roles);
    }
}
