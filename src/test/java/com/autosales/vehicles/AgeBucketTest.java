package com.autosales.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Stock age falls into 0–30, 31–60, 61–90 and over 90 days, with the arrival dates of each bucket. */
class AgeBucketTest {

    @Test
    void eachBoundaryDayFallsIntoTheRightBucket() {
        assertThat(AgeBucket.of(-1)).isEqualTo(AgeBucket.DAYS_0_30);
        assertThat(AgeBucket.of(0)).isEqualTo(AgeBucket.DAYS_0_30);
        assertThat(AgeBucket.of(30)).isEqualTo(AgeBucket.DAYS_0_30);
        assertThat(AgeBucket.of(31)).isEqualTo(AgeBucket.DAYS_31_60);
        assertThat(AgeBucket.of(60)).isEqualTo(AgeBucket.DAYS_31_60);
        assertThat(AgeBucket.of(61)).isEqualTo(AgeBucket.DAYS_61_90);
        assertThat(AgeBucket.of(90)).isEqualTo(AgeBucket.DAYS_61_90);
        assertThat(AgeBucket.of(91)).isEqualTo(AgeBucket.OVER_90);
        assertThat(AgeBucket.of(1000)).isEqualTo(AgeBucket.OVER_90);
    }

    @Test
    void aBucketKnowsTheArrivalDatesItHolds() {
        LocalDate today = LocalDate.of(2026, 5, 31);
        assertThat(AgeBucket.DAYS_0_30.arrivedFrom(today)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(AgeBucket.DAYS_0_30.arrivedTo(today)).isEqualTo(today);
        assertThat(AgeBucket.DAYS_31_60.arrivedFrom(today)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(AgeBucket.DAYS_31_60.arrivedTo(today)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(AgeBucket.OVER_90.arrivedFrom(today)).isNull();
        assertThat(AgeBucket.OVER_90.arrivedTo(today)).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
