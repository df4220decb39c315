package com.autosales.testdrives;

import com.autosales.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A store's booking grid: opening hours and slot length. A booking covers whole slots; the database holds one row
 * per occupied quarter hour ({@link #TICK_MINUTES}) of a car, so a change of slot length never lets two bookings overlap.
 */
record SlotPlan(LocalTime opensAt, LocalTime closesAt, int slotMinutes) {

    static final int TICK_MINUTES = 15;
    static final int MAX_SLOTS = 8;
    static final SlotPlan DEFAULT = new SlotPlan(LocalTime.of(9, 0), LocalTime.of(18, 0), 30);

    SlotPlan {
        if (slotMinutes < TICK_MINUTES || slotMinutes > 240 || slotMinutes % TICK_MINUTES != 0) {
            throw new DomainException("testdrives.slot-length-invalid", TICK_MINUTES);
        }
        if (!opensAt.isBefore(closesAt) || opensAt.getMinute() % TICK_MINUTES != 0 || closesAt.getMinute() % TICK_MINUTES != 0) {
            throw new DomainException("testdrives.hours-invalid");
        }
    }

    /** The start times of the day's slots; a slot that would run past closing is not offered. */
    List<LocalTime> slotStarts() {
        List<LocalTime> starts = new ArrayList<>();
        int close = minutes(closesAt);
        for (int m = minutes(opensAt); m + slotMinutes <= close; m += slotMinutes) {
            starts.add(LocalTime.of(m / 60, m % 60));
        }
        return starts;
    }

    /** Refuses a start off the grid or a booking that would run outside opening hours. */
    void check(LocalTime start, int slots) {
        if (slots < 1 || slots > MAX_SLOTS) {
            throw new DomainException("testdrives.slots-invalid", MAX_SLOTS);
        }
        if (!slotStarts().contains(start) || minutes(start) + slotMinutes * slots > minutes(closesAt)) {
            throw new DomainException("testdrives.outside-hours", opensAt, closesAt);
        }
    }

    private static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    LocalTime end(LocalTime start, int slots) {
        return start.plusMinutes((long) slotMinutes * slots);
    }

    /** The quarter hours a booking occupies, each a row of the unique (car, slot start) table. */
    List<LocalDateTime> ticks(LocalDate day, LocalTime start, int slots) {
        List<LocalDateTime> ticks = new ArrayList<>();
        LocalDateTime from = day.atTime(start);
        LocalDateTime to = from.plusMinutes((long) slotMinutes * slots);
        for (LocalDateTime t = from; t.isBefore(to); t = t.plusMinutes(TICK_MINUTES)) {
            ticks.add(t);
        }
        return ticks;
    }
}
