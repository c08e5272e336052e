package org.sahelwatch.learn;

import java.util.List;

/** Temperature scaling of classifier scores, and the expected calibration error of probabilities. */
public final class Calibration {

    private Calibration() {
    }

    /** The temperature in [0.01, 100] that minimises the mean negative log-likelihood of {@code truth}. */
    public static double fitTemperature(List<double[]> scores, List<Integer> truth) {
        double lo = Math.log(0.01);
        double hi = Math.log(100);
        double phi = (Math.sqrt(5) - 1) / 2;
        double a = hi - phi * (hi - lo);
        double b = lo + phi * (hi - lo);
        double fa = nll(scores, truth, Math.exp(a));
        double fb = nll(scores, truth, Math.exp(b));
        for (int i = 0; i < 80; i++) {
            if (fa < fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - phi * (hi - lo);
                fa = nll(scores, truth, Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + phi * (hi - lo);
                fb = nll(scores, truth, Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    static double nll(List<double[]> scores, List<Integer> truth, double t) {
        double sum = 0;
        for (int i = 0; i < scores.size(); i++) {
            double[] p = LinearModel.softmax(scores.get(i), t);
            sum -= Math.log(Math.max(1e-12, p[truth.get(i)]));
        }
        return sum / scores.size();
    }

    /**
     * Expected calibration error over {@code bins} equal-width confidence bins: the mean gap between
     * the confidence and the accuracy of the predictions in each bin, weighted by the bin's size.
     */
    public static double expectedCalibrationError(double[] confidence, boolean[] correct, int bins) {
        double[] sumConf = new double[bins];
        double[] sumCorrect = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < confidence.length; i++) {
            int b = Math.min(bins - 1, (int) (confidence[i] * bins));
            sumConf[b] += confidence[i];
            sumCorrect[b] += correct[i] ? 1 : 0;
            count[b]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                ece += Math.abs(sumConf[b] - sumCorrect[b]) / confidence.length;
            }
        }
        return ece;
    }
}
