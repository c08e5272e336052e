package org.sahelwatch.bench.learn;

import de.bwaldvogel.liblinear.SolverType;
import java.util.List;
import org.sahelwatch.learn.LinearModel;
import org.sahelwatch.learn.LinearTrainer;
import org.sahelwatch.learn.SparseVector;

/**
 * liblinear-java (de.bwaldvogel:liblinear, the version the main project ships), through the project's
 * own {@link LinearTrainer}: one-vs-rest, weights quantised to 8 bits in a {@link LinearModel}, read by
 * {@link LinearModel#scores}, exactly as the shipped tagger trains and reads its model.
 */
final class LiblinearContender implements Contender {

    private final String name;
    private final SolverType solver;
    private final List<Setting> typeGrid;
    private final List<Setting> subTypeGrid;

    private LiblinearContender(String name, SolverType solver, double[] typeCs, double[] subTypeCs) {
        this.name = name;
        this.solver = solver;
        this.typeGrid = grid(solver, typeCs);
        this.subTypeGrid = grid(solver, subTypeCs);
    }

    /** The shipped choice: L2-loss SVM, dual, C=1 for types and C=2 for sub-types (no choice made here). */
    static LiblinearContender svm() {
        return new LiblinearContender("liblinear-svm", SolverType.L2R_L2LOSS_SVC_DUAL, new double[] {1}, new double[] {2});
    }

    /**
     * L2-regularised logistic regression, C chosen among {@code cs}; solved in the dual (liblinear's
     * L2R_LR_DUAL: 4× faster here than the primal trust-region Newton solver, L2R_LR, for the same model).
     */
    static LiblinearContender logisticRegression(double... cs) {
        return new LiblinearContender("liblinear-lr", SolverType.L2R_LR_DUAL, cs, cs);
    }

    private static List<Setting> grid(SolverType solver, double[] cs) {
        return java.util.Arrays.stream(cs).mapToObj(c -> (Setting) new Liblinear(new LinearTrainer.Settings(solver, c, 0.01)))
                .toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String describe() {
        return "liblinear-java " + version() + ", " + solver + ", one-vs-rest, eps 0.01, bias feature; the project's"
                + " LinearTrainer (8-bit weights)";
    }

    @Override
    public List<Setting> typeGrid() {
        return typeGrid;
    }

    @Override
    public List<Setting> subTypeGrid() {
        return subTypeGrid;
    }

    static String version() {
        Package p = de.bwaldvogel.liblinear.Linear.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "2.44" : v;
    }

    private record Liblinear(LinearTrainer.Settings settings) implements Setting {

        @Override
        public Classifier train(List<SparseVector> xs, List<String> ys, List<String> labels, int features) {
            return new Linear(new LinearTrainer(settings).train(xs, ys, labels, features));
        }

        @Override
        public String toString() {
            return "C=" + settings.c();
        }
    }

    /** A classifier of the project's own format. */
    record Linear(LinearModel model) implements Classifier {

        @Override
        public double[] scores(SparseVector x) {
            return model.scores(x);
        }

        @Override
        public Object memory() {
            return model;
        }

        @Override
        public byte[] serialised() {
            return new byte[0];
        }
    }
}
