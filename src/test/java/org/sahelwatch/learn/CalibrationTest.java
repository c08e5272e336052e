package org.sahelwatch.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void shouldFindTheTemperatureThatGeneratedTheLabels() {
        // labels drawn from softmax(scores / 2): the fitted temperature must come out near 2
        Random random = new Random(42);
        List<double[]> scores = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double[] s = {random.nextGaussian() * 3, random.nextGaussian() * 3, random.nextGaussian() * 3};
            double[] p = LinearModel.softmax(s, 2.0);
            double u = random.nextDouble();
            int label = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
            scores.add(s);
            truth.add(label);
        }
        assertThat(Calibration.fitTemperature(scores, truth)).isBetween(1.8, 2.2);
    }

    @Test
    void shouldMeasureNoCalibrationErrorForPerfectConfidence() {
        assertThat(Calibration.expectedCalibrationError(new double[] {1.0, 1.0, 0.0}, new boolean[] {true, true, false}, 10))
                .isZero();
        assertThat(Calibration.expectedCalibrationError(new double[] {0.9, 0.9}, new boolean[] {false, false}, 10))
                .isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
    }
}
