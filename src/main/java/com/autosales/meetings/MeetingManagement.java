package com.autosales.meetings;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.access.UserDirectory;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.notifications.Notice;
import com.autosales.notifications.Notifications;
import com.autosales.org.EmployeeView;
import com.autosales.reports.ColumnKind;
import com.autosales.reports.ReportFormatter;
import com.autosales.reports.ReportPeriod;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 例会 — creating a store's meeting with its figures pack, writing the minutes and attendance, recording action items
 * and tracking them to done. Whoever runs meetings ({@code reports:create}) does all of it while the meeting is a
 * draft; an action item's owner marks it done or reopens it, also after the meeting is closed.
 */
@Service
@Transactional(readOnly = true)
public class MeetingManagement {

    static final String RUN = "reports:create";
    static final int PAGE_SIZE = 20;
    static final int MAX_TITLE = 100;
    static final int MAX_ACTION = 500;
    private static final Logger log = LoggerFactory.getLogger(MeetingManagement.class);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final Meetings meetings;
    private final MeetingAttendees attendees;
    private final MeetingActions actions;
    private final MeetingPacks packs;
    private final MeetingRecords records;
    private final FiguresPack figures;
    private final StoreStaff staff;
    private final CurrentUsers currentUsers;
    private final UserDirectory users;
    private final Notifications notifications;
    private final ReportFormatter format;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingManagement(Meetings meetings, MeetingAttendees attendees, MeetingActions actions, MeetingPacks packs,
            MeetingRecords records, FiguresPack figures, StoreStaff staff, CurrentUsers currentUsers,
            UserDirectory users, Notifications notifications, ReportFormatter format, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.attendees = attendees;
        this.actions = actions;
        this.packs = packs;
        this.records = records;
        this.figures = figures;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.users = users;
        this.notifications = notifications;
        this.format = format;
        this.audit = audit;
        this.clock = clock;
    }

    /** The meetings I may see, newest first. */
    @PreAuthorize("hasAuthority('reports:view')")
    public Page<MeetingSummary> list(MeetingFilter filter, int page) {
        RecordScope s = currentUsers.scope();
        Set<MeetingKind> kinds = filter.kind() == null ? EnumSet.allOf(MeetingKind.class) : EnumSet.of(filter.kind());
        Set<MeetingStatus> statuses = filter.status() == null ? EnumSet.allOf(MeetingStatus.class)
                : EnumSet.of(filter.status());
        Page<Meeting> found = meetings.list(s.allStores(), s.storeIdsForQuery(), records.seesAll(s), records.me(),
                kinds, statuses, filter.from() == null ? EARLIEST : filter.from(),
                filter.to() == null ? LATEST : filter.to(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        return found.map(m -> {
            List<MeetingAction> items = actions.findByMeetingIdOrderById(m.id());
            return new MeetingSummary(m.id(), m.kind(), m.heldOn(), m.title(), m.chairName(), m.status(),
                    attendees.findByMeetingIdOrderById(m.id()).size(),
                    items.stream().filter(a -> a.status() == ActionStatus.OPEN).count());
        });
    }

    @PreAuthorize("hasAuthority('reports:view')")
    public MeetingView get(Long id) {
        return view(records.visible(id));
    }

    /** Who may be invited to a meeting of the store I am working in. */
    @PreAuthorize("hasAuthority('reports:create')")
    public List<StoreEmployee> invitees() {
        return staff.of(currentUsers.requireStore());
    }

    /** Whether the store's meeting of this kind and day is there already (the form warns, it does not refuse). */
    @PreAuthorize("hasAuthority('reports:create')")
    public boolean alreadyHeld(MeetingKind kind, LocalDate day) {
        return kind != null && day != null && meetings.existsByStoreIdAndKindAndHeldOn(currentUsers.requireStore(), kind, day);
    }

    /**
     * Opens a meeting of the store I am working in, with its attendees and the figures pack of the period it reviews
     * (without one when the report centre cannot produce it). Nothing is saved when any field is wrong.
     */
    @Transactional
    @PreAuthorize("hasAuthority('reports:create')")
    public Long create(NewMeeting form) {
        Long storeId = currentUsers.requireStore();
        if (form.kind() == null) {
            throw new DomainException("meetings.kind-required");
        }
        if (form.heldOn() == null) {
            throw new DomainException("meetings.date-required");
        }
        String title = required(form.title(), "meetings.title-required");
        if (title.length() > MAX_TITLE) {
            throw new DomainException("meetings.title-too-long", MAX_TITLE);
        }
        Set<Long> ids = new LinkedHashSet<>(form.attendeeIds() == null ? List.of() : form.attendeeIds());
        ids.remove(null);
        if (ids.isEmpty()) {
            throw new DomainException("meetings.attendees-required");
        }
        List<EmployeeView> invited = ids.stream().map(e -> staff.find(storeId, e)
                .orElseThrow(() -> new DomainException("meetings.attendee-not-in-store"))).toList();
        CurrentUser me = currentUsers.current();
        Long chairId = form.chairEmployeeId() != null ? form.chairEmployeeId() : me.employeeId();
        EmployeeView chair = chairId == null ? null : staff.find(storeId, chairId)
                .orElseThrow(() -> new DomainException("meetings.chair-not-in-store"));
        Meeting meeting = meetings.save(new Meeting(storeId, form.kind(), form.heldOn(), title,
                chair == null ? null : chair.id(), chair == null ? null : chair.name(), me.displayName(), clock.instant()));
        invited.forEach(e -> attendees.save(new MeetingAttendee(meeting.id(), e.id(), e.name())));
        attachPack(meeting);
        audit.record(AuditRecord.of("meeting", meeting.id(), "CREATED", form.kind() + " " + form.heldOn() + " " + title));
        return meeting.id();
    }

    /** Generates the figures pack again (e.g. after late entries), while the meeting is a draft. */
    @Transactional
    @PreAuthorize("hasAuthority('reports:create')")
    public boolean regeneratePack(Long id) {
        Meeting meeting = records.visible(id);
        meeting.touched(clock.instant());
        return attachPack(meeting);
    }

    @Transactional
    @PreAuthorize("hasAuthority('reports:create')")
    public void writeMinutes(Long id, Long version, String minutes) {
        Meeting meeting = records.visible(id, version);
        meeting.writeMinutes(minutes, clock.instant());
        audit.record(AuditRecord.of("meeting", id, "MINUTES", meeting.title()));
    }

    /** Records who was there: the given attendees present, the others absent. */
    @Transactional
    @PreAuthorize("hasAuthority('reports:create')")
    public void recordAttendance(Long id, Long version, List<Long> presentIds) {
        Meeting meeting = records.visible(id, version);
        meeting.touched(clock.instant());
        Set<Long> present = presentIds == null ? Set.of() : Set.copyOf(presentIds.stream().filter(p -> p != null).toList());
        attendees.findByMeetingIdOrderById(id).forEach(a -> a.present(present.contains(a.employeeId())));
    }

    @Transactional
    @PreAuthorize("hasAuthority('reports:create')")
    public void close(Long id, Long version) {
        Meeting meeting = records.visible(id, version);
        meeting.close(clock.instant());
        audit.record(AuditRecord.of("meeting", id, "CLOSED", meeting.title()));
    }

    /**
     * Adds an action item owned by an attendee or another employee of the store, due no earlier than the meeting;
     * its owner is notified.
     */
    @Transactional
    @PreAuthorize("hasAuthority('reports:create')")
    public Long addAction(Long id, NewAction item) {
        Meeting meeting = records.visible(id);
        meeting.requireDraft();
        String text = required(item.text(), "meetings.action.text-required");
        if (text.length() > MAX_ACTION) {
            throw new DomainException("meetings.action.text-too-long", MAX_ACTION);
        }
        if (item.ownerEmployeeId() == null) {
            throw new DomainException("meetings.action.owner-required");
        }
        String ownerName = attendees.findByMeetingIdOrderById(id).stream()
                .filter(a -> a.employeeId().equals(item.ownerEmployeeId())).map(MeetingAttendee::employeeName)
                .findFirst()
                .or(() -> staff.find(meeting.storeId(), item.ownerEmployeeId()).map(EmployeeView::name))
                .orElseThrow(() -> new DomainException("meetings.action.owner-not-in-store"));
        if (item.dueOn() == null) {
            throw new DomainException("meetings.action.due-required");
        }
        if (item.dueOn().isBefore(meeting.heldOn())) {
            throw new DomainException("meetings.action.due-before-meeting", meeting.heldOn().toString());
        }
        MeetingAction action = actions.save(new MeetingAction(id, text, item.ownerEmployeeId(), ownerName,
                item.dueOn(), clock.instant()));
        meeting.touched(clock.instant());
        users.usernameOfEmployee(item.ownerEmployeeId()).ifPresent(username -> notifications.send(Notice.to(username,
                "meeting-action", "notice.meeting-action", "/meetings/actions", text, meeting.title(),
                item.dueOn().toString())));
        audit.record(AuditRecord.of("meeting", id, "ACTION_ADDED", ownerName + " · " + text));
        return action.id();
    }

    /** Marks an action item done: its owner, or whoever runs meetings; also after the meeting is closed. */
    @Transactional
    @PreAuthorize("hasAuthority('reports:view')")
    public void complete(Long id, Long actionId, Long version, String note) {
        MeetingAction action = trackable(id, actionId, version);
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > MAX_ACTION) {
            throw new DomainException("meetings.action.note-too-long", MAX_ACTION);
        }
        action.done(currentUsers.current().displayName(), clean, clock.instant());
        audit.record(AuditRecord.of("meeting", id, "ACTION_DONE", action.text()));
    }

    @Transactional
    @PreAuthorize("hasAuthority('reports:view')")
    public void reopen(Long id, Long actionId, Long version) {
        MeetingAction action = trackable(id, actionId, version);
        action.reopen();
        audit.record(AuditRecord.of("meeting", id, "ACTION_REOPENED", action.text()));
    }

    /** My action items: open ones first (soonest due first), then the done ones, latest first. */
    @PreAuthorize("hasAuthority('reports:view')")
    public List<MyAction> myActions() {
        Long me = records.me();
        LocalDate today = LocalDate.now(clock);
        List<MeetingAction> mine = actions.findByOwnerEmployeeId(me);
        Map<Long, Meeting> from = meetings.findAllById(mine.stream().map(MeetingAction::meetingId).distinct().toList())
                .stream().collect(Collectors.toMap(Meeting::id, Function.identity()));
        return mine.stream()
                .sorted(Comparator.comparing((MeetingAction a) -> a.status() == ActionStatus.OPEN ? 0 : 1)
                        .thenComparing(a -> a.status() == ActionStatus.OPEN ? a.dueOn().toEpochDay() : -a.dueOn().toEpochDay())
                        .thenComparing(MeetingAction::id))
                .map(a -> {
                    Meeting m = from.get(a.meetingId());
                    return new MyAction(a.id(), a.meetingId(), m.title(), m.heldOn(), a.text(), a.dueOn(), a.status(),
                            a.doneAt(), a.version(), a.overdue(today));
                }).toList();
    }

    /** How many of my action items are open (the workbench card). */
    @PreAuthorize("hasAuthority('reports:view')")
    public long countMyOpenActions() {
        return actions.countByOwnerEmployeeIdAndStatus(records.me(), ActionStatus.OPEN);
    }

    @PreAuthorize("hasAuthority('reports:view')")
    public byte[] packPdf(Long id) {
        Meeting meeting = records.visible(id);
        return packs.findById(meeting.id()).map(MeetingPack::pdf)
                .orElseThrow(() -> new RecordNotFoundException("meeting-pack", id));
    }

    private MeetingAction trackable(Long id, Long actionId, Long version) {
        records.visible(id);
        MeetingAction action = actions.findByIdAndMeetingId(actionId, id)
                .orElseThrow(() -> new RecordNotFoundException("meeting-action", actionId));
        MeetingRecords.requireVersion(version, action.version());
        if (!mayTrack(action)) {
            throw new DomainException("meetings.action.not-yours");
        }
        return action;
    }

    private boolean mayTrack(MeetingAction action) {
        return records.runsMeetings() || action.ownerEmployeeId().equals(records.me());
    }

    private boolean attachPack(Meeting meeting) {
        Optional<FiguresPack.Content> content;
        try {
            content = figures.generate(meeting.kind(), meeting.heldOn(), LocaleContextHolder.getLocale());
        } catch (RuntimeException e) {
            log.warn("No figures pack for meeting {}: {}", meeting.id(), e.toString());
            content = Optional.empty();
        }
        content.ifPresent(c -> packs.findById(meeting.id()).ifPresentOrElse(p -> p.replaceWith(c, clock.instant()),
                () -> packs.save(new MeetingPack(meeting.id(), c, clock.instant()))));
        return content.isPresent();
    }

    private MeetingView view(Meeting m) {
        LocalDate today = LocalDate.now(clock);
        boolean runs = records.runsMeetings();
        List<MeetingView.Attendee> people = attendees.findByMeetingIdOrderById(m.id()).stream()
                .map(a -> new MeetingView.Attendee(a.employeeId(), a.employeeName(), a.present())).toList();
        List<MeetingView.ActionItem> items = actions.findByMeetingIdOrderById(m.id()).stream()
                .map(a -> new MeetingView.ActionItem(a.id(), a.text(), a.ownerEmployeeId(), a.ownerName(), a.dueOn(),
                        a.status(), a.doneAt(), a.doneBy(), a.note(), a.version(), a.overdue(today), mayTrack(a)))
                .toList();
        MeetingView.Pack pack = packs.findById(m.id()).map(this::packView).orElse(null);
        return new MeetingView(m.id(), m.kind(), m.heldOn(), m.title(), m.chairEmployeeId(), m.chairName(),
                m.minutes(), m.status(), m.createdBy(), m.createdAt(), m.version(), people, items, pack,
                runs && m.draft(), runs);
    }

    private MeetingView.Pack packView(MeetingPack p) {
        Locale locale = LocaleContextHolder.getLocale();
        ReportPeriod period = new ReportPeriod(p.periodKind(), p.periodStart());
        List<MeetingView.Figure> figuresShown = FiguresPack.read(p.headlines()).stream()
                .map(h -> new MeetingView.Figure(format.message(h.labelKey(), locale),
                        format.text(kindOf(h.kind()), h.value(), locale)))
                .toList();
        return new MeetingView.Pack(p.reportCode(), period.label(), p.generatedAt(), figuresShown,
                "/reports/" + p.reportCode() + "?period=" + p.periodKind() + "&date=" + p.periodStart(),
                "/meetings/" + p.meetingId() + "/pack.pdf");
    }

    private static ColumnKind kindOf(String name) {
        return Arrays.stream(ColumnKind.values()).filter(k -> k.name().equals(name)).findFirst().orElse(ColumnKind.TEXT);
    }

    private static String required(String text, String code) {
        if (text == null || text.isBlank()) {
            throw new DomainException(code);
        }
        return text.strip();
    }
}
