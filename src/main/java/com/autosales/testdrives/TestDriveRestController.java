package com.autosales.testdrives;

import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test drives over the API: same rules, permissions and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/test-drives")
@Tag(name = "Test drives")
@RequiresPermission("leads:view")
class TestDriveRestController {

    private final TestDrives drives;

    TestDriveRestController(TestDrives drives) {
        this.drives = drives;
    }

    @GetMapping
    @Operation(summary = "Bookings I may see on a day (default today) or a period (from/to), optionally of one car")
    List<TestDriveView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long carId) {
        LocalDate start = from != null ? from : day != null ? day : drives.today();
        LocalDate end = to != null ? to : from != null ? from.plusDays(6) : start;
        return drives.list(start, end, carId);
    }

    @GetMapping("/calendar")
    @Operation(summary = "The calendar grid of my store for a day: cars by slots, taken or free")
    CalendarGrid calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return drives.day(day == null ? drives.today() : day);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A booking I may see (404 outside my data scope)")
    TestDriveView get(@PathVariable Long id) {
        return drives.get(id);
    }

    @PostMapping
    @RequiresPermission("leads:create")
    @Operation(summary = "Book a demo car for a customer I may see: day, start (HH:mm), slots; 422 testdrives.slot-taken when taken")
    ResponseEntity<TestDriveView> book(@Valid @RequestBody BookingForm form) {
        Long id = drives.book(form);
        return ResponseEntity.created(URI.create("/api/v1/test-drives/" + id)).body(drives.get(id));
    }

    @PostMapping("/{id}/cancel")
    @RequiresPermission("leads:edit")
    @Operation(summary = "Cancel a booking that has not started (version = its current version); frees its slots")
    TestDriveView cancel(@PathVariable Long id, @RequestParam long version) {
        drives.cancel(id, version);
        return drives.get(id);
    }

    @PostMapping("/{id}/start")
    @RequiresPermission("leads:edit")
    @Operation(summary = "Start the drive after the checks: licence number and validity, safety agreement, route")
    TestDriveView start(@PathVariable Long id, @Valid @RequestBody StartForm form) {
        drives.start(id, form);
        return drives.get(id);
    }

    @PostMapping("/{id}/complete")
    @RequiresPermission("leads:edit")
    @Operation(summary = "Complete the drive with the feedback (liked, concerns, score 1-5); publishes TestDriveCompleted")
    TestDriveView complete(@PathVariable Long id, @Valid @RequestBody FeedbackForm form) {
        drives.complete(id, form);
        return drives.get(id);
    }
}
