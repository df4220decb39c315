package com.autosales.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Period presets and dates in the dealership's time zone; a start after the end is refused with a stable code. */
class FunnelPeriodTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 18);

    @Test
    void nothingAskedMeansThisMonthUpToToday() {
        FunnelPeriod p = FunnelPeriod.resolve(null, null, null, WEDNESDAY);
        assertThat(p).isEqualTo(new FunnelPeriod(PeriodPreset.THIS_MONTH, LocalDate.of(2026, 3, 1), WEDNESDAY));
    }

    @Test
    void presetsCoverTodayTheWeekFromMondayThisMonthAndAllOfLastMonth() {
        assertThat(FunnelPeriod.resolve(PeriodPreset.TODAY, null, null, WEDNESDAY).from()).isEqualTo(WEDNESDAY);
        assertThat(FunnelPeriod.resolve(PeriodPreset.THIS_WEEK, null, null, WEDNESDAY).from())
                .isEqualTo(LocalDate.of(2026, 3, 16));
        FunnelPeriod last = FunnelPeriod.resolve(PeriodPreset.LAST_MONTH, null, null, WEDNESDAY);
        assertThat(last.from()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(last.to()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aPresetWinsOverDatesAndDatesAloneMakeACustomPeriod() {
        assertThat(FunnelPeriod.resolve(PeriodPreset.TODAY, LocalDate.of(2026, 1, 1), null, WEDNESDAY).from())
                .isEqualTo(WEDNESDAY);
        FunnelPeriod custom = FunnelPeriod.resolve(null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), WEDNESDAY);
        assertThat(custom.preset()).isEqualTo(PeriodPreset.CUSTOM);
        assertThat(FunnelPeriod.resolve(null, LocalDate.of(2026, 3, 2), null, WEDNESDAY).to()).isEqualTo(WEDNESDAY);
        assertThat(FunnelPeriod.resolve(null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), WEDNESDAY).preset())
                .as("the days of a preset are that preset").isEqualTo(PeriodPreset.LAST_MONTH);
        assertThat(FunnelPeriod.resolve(null, null, LocalDate.of(2026, 1, 9), WEDNESDAY).from())
                .isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aStartAfterTheEndIsRefused() {
        assertThatThrownBy(() -> FunnelPeriod.resolve(null, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 1), WEDNESDAY))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("funnel.period-reversed");
    }

    @Test
    void theDaysRunFromMidnightToMidnightInTheStoresTimeZone() {
        FunnelPeriod day = FunnelPeriod.resolve(PeriodPreset.TODAY, null, null, WEDNESDAY);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(day.start(shanghai)).isEqualTo(Instant.parse("2026-03-17T16:00:00Z"));
        assertThat(day.end(shanghai)).isEqualTo(Instant.parse("2026-03-18T16:00:00Z"));
    }
}
