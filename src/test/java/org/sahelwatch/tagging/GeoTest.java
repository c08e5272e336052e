package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoTest {

    @Test
    void shouldMeasureGreatCircleDistances() {
        assertThat(Geo.distanceKm(14.0, -1.0, 14.0, -1.0)).isZero();
        // one degree of latitude is 111.2 km
        assertThat(Geo.distanceKm(14.0, -1.0, 15.0, -1.0)).isCloseTo(111.19, within(0.05));
        // a quarter of a great circle: pi/2 times the mean radius
        assertThat(Geo.distanceKm(0, 0, 0, 90)).isCloseTo(Math.PI / 2 * 6371.0088, within(1e-6));
        assertThat(Geo.distanceKm(0, 0, 90, 0)).isCloseTo(Math.PI / 2 * 6371.0088, within(1e-6));
        // Bamako (12.6392, -8.0029) to Gao (16.2666, -0.0400): 947 km
        assertThat(Geo.distanceKm(12.6392, -8.0029, 16.2666, -0.0400)).isCloseTo(947.35, within(0.05));
        assertThat(Geo.distanceKm(12.6392, -8.0029, 16.2666, -0.0400))
                .isEqualTo(Geo.distanceKm(16.2666, -0.0400, 12.6392, -8.0029));
    }

}
