package com.autosales.testdrives;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.customers.CustomerActivity;
import com.autosales.customers.CustomerManagement;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 试乘试驾 — booking demo cars in slots (the database refuses a second booking of a car's slot, however close the
 * two requests), the checks before the drive, the feedback after it; every step audited, all reads scoped.
 */
@Service
@Transactional(readOnly = true)
public class TestDrives {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TestDriveRepository drives;
    private final TestDriveFleet fleet;
    private final DemoCars cars;
    private final DriveRoutes routes;
    private final JdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final CustomerManagement customers;
    private final CustomerActivity activity;
    private final OrgDirectory org;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TestDrives(TestDriveRepository drives, TestDriveFleet fleet, DemoCars cars, DriveRoutes routes, JdbcTemplate jdbc,
            CurrentUsers currentUsers, CustomerManagement customers, CustomerActivity activity, OrgDirectory org,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.drives = drives;
        this.fleet = fleet;
        this.cars = cars;
        this.routes = routes;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.customers = customers;
        this.activity = activity;
        this.org = org;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The current user books a demo car of their store for a customer they may see; refused if any slot is taken. */
    @Transactional
    @PreAuthorize("hasAuthority('leads:create')")
    public Long book(BookingForm form) {
        CurrentUser user = currentUsers.current();
        Long store = currentUsers.requireStore();
        if (user.employeeId() == null) {
            throw new DomainException("testdrives.consultant-required");
        }
        if (!customers.isVisible(form.customerId())) {
            throw new RecordNotFoundException("customer", form.customerId());
        }
        boolean notPast = true;
        return save(store, user.employeeId(), user.username(), form, notPast);
    }

    /** Books without a signed-in user (demo data); the same slot rules and the same audit. */
    @Transactional
    public Long bookFor(Long storeId, Long consultantEmployeeId, Long carId, Long customerId, LocalDate day,
            LocalTime start, int slots) {
        return save(storeId, consultantEmployeeId, "demo", new BookingForm(customerId, carId, day, start, slots, null), false);
    }

    private Long save(Long store, Long consultantId, String username, BookingForm form, boolean refusePast) {
        DemoCar car = cars.findById(form.carId()).filter(c -> c.storeId().equals(store) && c.active())
                .orElseThrow(() -> new DomainException("testdrives.car-unavailable"));
        SlotPlan plan = fleet.planOf(store);
        plan.check(form.start(), form.slots());
        LocalDateTime starts = form.day().atTime(form.start());
        LocalDateTime ends = starts.plusMinutes((long) plan.slotMinutes() * form.slots());
        if (refusePast && !ends.isAfter(LocalDateTime.now(clock))) {
            throw new DomainException("testdrives.in-past");
        }
        TestDrive drive = drives.saveAndFlush(new TestDrive(store, car.id(), form.customerId(), consultantId,
                form.leadId(), starts, ends, username, clock.instant()));
        try {
            for (LocalDateTime tick : plan.ticks(form.day(), form.start(), form.slots())) {
                jdbc.update("insert into testdrive_slot (car_id, slot_start, testdrive_id) values (?, ?, ?)",
                        car.id(), Timestamp.valueOf(tick), drive.id());
            }
        } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
            throw new DomainException("testdrives.slot-taken");
        }
        audit.record(AuditRecord.of("testdrive", drive.id(), "BOOK", car.label() + " " + AT.format(starts),
                FieldChange.of("car", null, car.label()), FieldChange.of("customerId", null, form.customerId()),
                FieldChange.of("consultantEmployeeId", null, consultantId), FieldChange.of("leadId", null, form.leadId()),
                FieldChange.of("startsAt", null, AT.format(starts)), FieldChange.of("endsAt", null, AT.format(ends))));
        return drive.id();
    }

    @PreAuthorize("hasAuthority('leads:view')")
    public TestDriveView get(Long id) {
        return view(visible(id), true);
    }

    /** Cancels a booking that has not started; its slots are free again at once. */
    @Transactional
    @PreAuthorize("hasAuthority('leads:edit')")
    public void cancel(Long id, Long expectedVersion) {
        TestDrive drive = visible(id);
        if (expectedVersion != null) {
            drive.checkVersion(expectedVersion);
        }
        drive.cancel(clock.instant());
        jdbc.update("delete from testdrive_slot where testdrive_id = ?", id);
        drives.flush();
        audit.record(AuditRecord.of("testdrive", id, "CANCEL", null,
                FieldChange.of("status", DriveStatus.BOOKED, DriveStatus.CANCELLED)));
    }

    /** The checks before the drive: licence valid on the day, safety agreement, one of the store's routes. */
    @Transactional
    @PreAuthorize("hasAuthority('leads:edit')")
    public void start(Long id, StartForm form) {
        TestDrive drive = visible(id);
        if (form.version() != null) {
            drive.checkVersion(form.version());
        }
        DriveRoute route = routes.findById(form.routeId())
                .filter(r -> r.storeId().equals(drive.storeId()) && r.active())
                .orElseThrow(() -> new DomainException("testdrives.route-unknown"));
        drive.start(form, clock.instant());
        drives.flush();
        audit.record(AuditRecord.of("testdrive", id, "START", route.name(),
                FieldChange.of("status", DriveStatus.BOOKED, DriveStatus.IN_PROGRESS),
                FieldChange.of("licenceNumber", null, masked(form.licenceNumber())),
                FieldChange.of("licenceValidUntil", null, form.licenceValidUntil()),
                FieldChange.of("agreementAccepted", false, true), FieldChange.of("route", null, route.name())));
    }

    /** Records the feedback, tells the customer archive the customer was contacted, and publishes {@link TestDriveCompleted}. */
    @Transactional
    @PreAuthorize("hasAuthority('leads:edit')")
    public void complete(Long id, FeedbackForm form) {
        TestDrive drive = visible(id);
        if (form.version() != null) {
            drive.checkVersion(form.version());
        }
        Instant now = clock.instant();
        drive.complete(form, now);
        drives.flush();
        activity.contacted(drive.customerId(), now);
        audit.record(AuditRecord.of("testdrive", id, "COMPLETE", null,
                FieldChange.of("status", DriveStatus.IN_PROGRESS, DriveStatus.COMPLETED),
                FieldChange.of("score", null, form.score()), FieldChange.of("liked", null, form.liked()),
                FieldChange.of("concerns", null, form.concerns())));
        events.publishEvent(new TestDriveCompleted(id, drive.customerId(), drive.leadId(), drive.consultantEmployeeId(),
                form.score(), now, drive.storeId()));
    }

    /** Bookings I may see in a period, optionally of one car, for the API. */
    @PreAuthorize("hasAuthority('leads:view')")
    public List<TestDriveView> list(LocalDate from, LocalDate to, Long carId) {
        RecordScope scope = currentUsers.scope();
        return drives.findVisibleBetween(scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery(), from, to, carId).stream().map(d -> view(d, false)).toList();
    }

    /** 试驾日历 — the store's active cars by the day's slots. */
    @PreAuthorize("hasAuthority('leads:view')")
    public CalendarGrid day(LocalDate day) {
        Long store = currentUsers.requireStore();
        SlotPlan plan = fleet.planOf(store);
        Cells cells = cells(store, day, day);
        List<CalendarGrid.Row> rows = new ArrayList<>();
        for (CarView car : fleet.activeCars(store)) {
            rows.add(new CalendarGrid.Row(car.id(), day, car.label(), cells.row(car.id(), day, plan)));
        }
        return new CalendarGrid(null, day, day, plan.slotStarts(), rows);
    }

    /** A car's week from a day: one row per day. */
    @PreAuthorize("hasAuthority('leads:view')")
    public CalendarGrid week(Long carId, LocalDate from) {
        DemoCar car = fleet.carOfMyStore(carId);
        SlotPlan plan = fleet.planOf(car.storeId());
        LocalDate to = from.plusDays(6);
        Cells cells = cells(car.storeId(), from, to);
        List<CalendarGrid.Row> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            rows.add(new CalendarGrid.Row(car.id(), d, d.toString(), cells.row(car.id(), d, plan)));
        }
        return new CalendarGrid(car.label(), from, to, plan.slotStarts(), rows);
    }

    private Cells cells(Long store, LocalDate from, LocalDate to) {
        List<TestDrive> live = drives.findLiveOfStore(store, from, to);
        RecordScope scope = currentUsers.scope();
        Set<Long> visible = live.stream().filter(d -> scope.permits(d.storeId(), d.consultantEmployeeId()))
                .map(TestDrive::id).collect(Collectors.toSet());
        Map<Long, EmployeeView> people = org.employees(live.stream().map(TestDrive::consultantEmployeeId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, String> initials = new HashMap<>();
        for (TestDrive d : live) {
            if (visible.contains(d.id())) {
                initials.computeIfAbsent(d.customerId(), c -> Initials.of(customerName(c)));
            }
        }
        boolean mayBook = currentUsers.find().map(u -> u.can("leads:create") && u.employeeId() != null).orElse(false);
        return new Cells(live, visible, people, initials, mayBook, LocalDateTime.now(clock));
    }

    private record Cells(List<TestDrive> live, Set<Long> visible, Map<Long, EmployeeView> people,
            Map<Long, String> initials, boolean mayBook, LocalDateTime now) {

        List<CalendarGrid.Cell> row(Long carId, LocalDate day, SlotPlan plan) {
            List<CalendarGrid.Cell> row = new ArrayList<>();
            for (LocalTime start : plan.slotStarts()) {
                LocalDateTime from = day.atTime(start);
                LocalDateTime to = from.plusMinutes(plan.slotMinutes());
                TestDrive hit = live.stream().filter(d -> d.carId().equals(carId)
                        && d.startsAt().isBefore(to) && d.endsAt().isAfter(from)).findFirst().orElse(null);
                if (hit == null) {
                    row.add(new CalendarGrid.Cell(start, null, false, null, null, mayBook && to.isAfter(now)));
                } else {
                    boolean canOpen = visible.contains(hit.id());
                    EmployeeView who = people.get(hit.consultantEmployeeId());
                    row.add(new CalendarGrid.Cell(start, hit.id(), canOpen, canOpen ? initials.get(hit.customerId()) : null,
                            who == null ? null : who.name(), false));
                }
            }
            return row;
        }
    }

    /** The active routes of the booking's store, for the start form. */
    @Transactional
    public List<RouteView> routesFor(TestDriveView drive) {
        return fleet.routesOf(drive.storeId()).stream().filter(RouteView::active).toList();
    }

    private TestDrive visible(Long id) {
        RecordScope scope = currentUsers.scope();
        return drives.findVisible(id, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("testdrive", id));
    }

    private TestDriveView view(TestDrive d, boolean withNames) {
        String car = cars.findById(d.carId()).map(DemoCar::label).orElse(null);
        String consultant = org.employee(d.consultantEmployeeId()).map(EmployeeView::name).orElse(null);
        String route = d.routeId() == null ? null : routes.findById(d.routeId()).map(DriveRoute::name).orElse(null);
        return new TestDriveView(d.id(), d.storeId(), d.carId(), car, d.customerId(), customerName(d.customerId()),
                d.consultantEmployeeId(), consultant, d.leadId(), d.driveDay(), d.startsAt(), d.endsAt(), d.status(),
                masked(d.licenceNumber()), d.licenceValidUntil(), d.agreementAccepted(), d.routeId(), route, d.liked(),
                d.concerns(), d.score(), d.version());
    }

    private String customerName(Long customerId) {
        try {
            return customers.forResubmittedForm(customerId).name();
        } catch (RuntimeException notVisible) {
            return null;
        }
    }

    /** A licence number shows only its last four characters. */
    static String masked(String licence) {
        if (licence == null) {
            return null;
        }
        return licence.length() <= 4 ? "****" : "*".repeat(licence.length() - 4) + licence.substring(licence.length() - 4);
    }
}
