package com.autosales.testdrives;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A calendar grid: rows (cars of a day, or days of a car's week) by slots. A taken cell names the consultant, and
 * the customer's initials when the reader may open the booking; a free cell can be booked.
 */
public record CalendarGrid(String title, LocalDate from, LocalDate to, List<LocalTime> slots, List<Row> rows) {

    public record Row(Long carId, LocalDate day, String label, List<Cell> cells) {
    }

    public record Cell(LocalTime start, Long driveId, boolean visible, String customerInitials, String consultantName,
            boolean bookable) {

        public boolean taken() {
            return driveId != null;
        }
    }
}
