package com.autosales.testdrives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SlotPlanTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void theDefaultDayHasEighteenHalfHourSlotsFromNineToSeventeenThirty() {
        assertThat(SlotPlan.DEFAULT.slotStarts()).hasSize(18)
                .startsWith(LocalTime.of(9, 0), LocalTime.of(9, 30))
                .endsWith(LocalTime.of(17, 30));
    }

    @Test
    void aSlotThatWouldRunPastClosingIsNotOffered() {
        SlotPlan hourly = new SlotPlan(LocalTime.of(9, 0), LocalTime.of(17, 30), 60);
        assertThat(hourly.slotStarts()).hasSize(8).endsWith(LocalTime.of(16, 0));
    }

    @Test
    void aBookingSpanningTwoHalfHourSlotsOccupiesFourQuarterHours() {
        assertThat(SlotPlan.DEFAULT.ticks(DAY, LocalTime.of(10, 0), 2)).containsExactly(
                LocalDateTime.of(DAY, LocalTime.of(10, 0)), LocalDateTime.of(DAY, LocalTime.of(10, 15)),
                LocalDateTime.of(DAY, LocalTime.of(10, 30)), LocalDateTime.of(DAY, LocalTime.of(10, 45)));
        assertThat(SlotPlan.DEFAULT.end(LocalTime.of(10, 0), 2)).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void overlappingBookingsOfDifferentSlotLengthsShareAQuarterHour() {
        SlotPlan hourly = new SlotPlan(LocalTime.of(9, 0), LocalTime.of(18, 0), 60);
        assertThat(hourly.ticks(DAY, LocalTime.of(10, 0), 1))
                .containsAnyElementsOf(SlotPlan.DEFAULT.ticks(DAY, LocalTime.of(10, 30), 1));
    }

    @Test
    void aBookingOutsideOpeningHoursOrOffTheGridIsRefused() {
        assertThatThrownBy(() -> SlotPlan.DEFAULT.check(LocalTime.of(8, 30), 1)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("testdrives.outside-hours");
        assertThatThrownBy(() -> SlotPlan.DEFAULT.check(LocalTime.of(17, 30), 2)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SlotPlan.DEFAULT.check(LocalTime.of(10, 15), 1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SlotPlan.DEFAULT.check(LocalTime.of(10, 0), 0))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("testdrives.slots-invalid");
        SlotPlan.DEFAULT.check(LocalTime.of(17, 0), 2);
        SlotPlan.DEFAULT.check(LocalTime.of(9, 0), 1);
    }

    @Test
    void slotLengthsAreWholeQuarterHoursAndOpeningComesBeforeClosing() {
        assertThatThrownBy(() -> new SlotPlan(LocalTime.of(9, 0), LocalTime.of(18, 0), 20))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("testdrives.slot-length-invalid");
        assertThatThrownBy(() -> new SlotPlan(LocalTime.of(18, 0), LocalTime.of(9, 0), 30))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("testdrives.hours-invalid");
    }

    @Test
    void calendarCellsShowInitialsNotNames() {
        assertThat(Initials.of("王芳")).isEqualTo("王");
        assertThat(Initials.of("anna li")).isEqualTo("A.L.");
        assertThat(TestDrives.masked("310101199001011234")).endsWith("1234").startsWith("*");
    }
}
