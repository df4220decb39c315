package com.autosales.testdrives;

import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drives that already happened, brought in without a signed-in user (history from an earlier system, demo data):
 * booked under the same slot rules, checked (licence, agreement, the store's first route) and completed at once, and
 * published as {@link TestDriveCompleted} like a drive completed on the page.
 */
@Service
public class PastTestDrives {

    private final TestDrives drives;
    private final TestDriveRepository repository;
    private final TestDriveFleet fleet;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PastTestDrives(TestDrives drives, TestDriveRepository repository, TestDriveFleet fleet,
            ApplicationEventPublisher events, Clock clock) {
        this.drives = drives;
        this.repository = repository;
        this.fleet = fleet;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Long record(Long storeId, Long consultantEmployeeId, Long carId, Long customerId, LocalDate day,
            LocalTime start, String licenceNumber, int score, String liked) {
        Long id = drives.bookFor(storeId, consultantEmployeeId, carId, customerId, day, start, 1);
        TestDrive drive = repository.findById(id).orElseThrow(() -> new RecordNotFoundException("testdrive", id));
        Long route = fleet.routesOf(storeId).stream().filter(RouteView::active).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("route", storeId)).id();
        drive.start(new StartForm(licenceNumber, day.plusYears(5), true, route, null),
                drive.startsAt().atZone(clock.getZone()).toInstant());
        Instant ended = drive.endsAt().atZone(clock.getZone()).toInstant();
        drive.complete(new FeedbackForm(liked, null, score, null), ended);
        events.publishEvent(new TestDriveCompleted(id, customerId, drive.leadId(), consultantEmployeeId, score, ended,
                storeId));
        return id;
    }
}
