package com.autosales.scorecards;

import com.autosales.access.CurrentUsers;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.org.PositionHolders;
import com.autosales.org.UnitKind;
import com.autosales.org.UnitView;
import com.autosales.performance.Attainment;
import com.autosales.performance.PerformanceMetric;
import com.autosales.performance.PerformanceQueries;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 销售竞赛: created by those who set targets for the store they work in; standings computed live from the facts. */
@Service
@Transactional(readOnly = true)
public class ContestManagement {

    static final int MAX_NAME = 100;
    static final int MAX_PRIZE = 300;

    private final Contests contests;
    private final PerformanceQueries facts;
    private final OrgDirectory org;
    private final PositionHolders holders;
    private final Leaderboards leaderboards;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    ContestManagement(Contests contests, PerformanceQueries facts, OrgDirectory org, PositionHolders holders,
            Leaderboards leaderboards, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
        this.contests = contests;
        this.facts = facts;
        this.org = org;
        this.holders = holders;
        this.leaderboards = leaderboards;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The store's contests, latest first, each with its standing. */
    @PreAuthorize("hasAuthority('targets:view')")
    public List<ContestView> list() {
        return contests.findByStoreIdOrderByPeriodFromDescIdDesc(currentUsers.requireStore()).stream().map(this::view).toList();
    }

    /** The contests running today, for the wallboard. */
    List<ContestView> running(Long storeId) {
        LocalDate today = LocalDate.now(clock);
        return contests.findByStoreIdOrderByPeriodFromDescIdDesc(storeId).stream().filter(c -> c.runningOn(today))
                .map(this::view).toList();
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public ContestView get(Long id) {
        return view(contests.findByIdAndStoreId(id, currentUsers.requireStore())
                .orElseThrow(() -> new RecordNotFoundException("contest", id)));
    }

    /** The teams and departments of the store, who may compete as units. */
    @PreAuthorize("hasAuthority('targets:view')")
    public List<UnitView> teams() {
        Long storeId = currentUsers.requireStore();
        return org.unitTree(storeId).stream().map(org::unit).flatMap(java.util.Optional::stream)
                .filter(u -> u.active() && (u.kind() == UnitKind.TEAM || u.kind() == UnitKind.DEPARTMENT))
                .sorted(Comparator.comparing(UnitView::id)).toList();
    }

    /** The store's consultants, who may compete as people. */
    @PreAuthorize("hasAuthority('targets:view')")
    public List<EmployeeView> people() {
        Long storeId = currentUsers.requireStore();
        return org.employees(holders.employeeIdsHolding(Leaderboards.CONSULTANT_POSITION, storeId)).values().stream()
                .sorted(Comparator.comparing(EmployeeView::employeeNo)).toList();
    }

    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public ContestView create(ContestForm form) {
        Long storeId = currentUsers.requireStore();
        if (form == null || form.name() == null || form.name().isBlank() || form.name().strip().length() > MAX_NAME) {
            throw new DomainException("scorecards.contest.name-required");
        }
        if (form.from() == null || form.to() == null || form.to().isBefore(form.from())) {
            throw new DomainException("scorecards.contest.period-invalid");
        }
        if (form.metric() == null) {
            throw new DomainException("scorecards.contest.metric-required");
        }
        if (form.prize() != null && form.prize().strip().length() > MAX_PRIZE) {
            throw new DomainException("scorecards.contest.prize-too-long");
        }
        Contest.ParticipantKind kind = kind(form.participantKind());
        List<Long> participants = new ArrayList<>(new LinkedHashSet<>(
                form.participants() == null ? List.of() : form.participants().stream().filter(Objects::nonNull).toList()));
        if (participants.size() < 2) {
            throw new DomainException("scorecards.contest.participants-required");
        }
        for (Long id : participants) {
            if (!inStore(kind, id, storeId)) {
                throw new DomainException("scorecards.contest.participant-not-in-store", String.valueOf(id));
            }
        }
        Contest contest = contests.saveAndFlush(new Contest(storeId, form.name().strip(), form.from(), form.to(),
                form.metric(), form.prize() == null || form.prize().isBlank() ? null : form.prize().strip(), kind,
                participants, currentUsers.current().displayName(), clock.instant()));
        audit.record(AuditRecord.of("sales-contest", contest.id(), "CREATE", contest.name() + " " + form.from() + "–"
                + form.to() + " " + form.metric()));
        return view(contest);
    }

    private static Contest.ParticipantKind kind(String text) {
        try {
            return text == null ? Contest.ParticipantKind.PEOPLE : Contest.ParticipantKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new DomainException("scorecards.contest.participants-required");
        }
    }

    private boolean inStore(Contest.ParticipantKind kind, Long id, Long storeId) {
        if (kind == Contest.ParticipantKind.UNITS) {
            return org.unit(id).isPresent() && !id.equals(storeId) && org.storeOf(id).map(storeId::equals).orElse(false);
        }
        return org.employee(id).flatMap(e -> org.storeOf(e.unitId())).map(storeId::equals).orElse(false);
    }

    private ContestView view(Contest c) {
        boolean hidden = c.metric() == PerformanceMetric.GROSS_MARGIN && !leaderboards.marginVisible();
        List<ContestView.Standing> unranked = new ArrayList<>();
        for (Long id : c.participants()) {
            boolean unit = c.participantKind() == Contest.ParticipantKind.UNITS;
            List<Long> people = unit ? List.copyOf(org.employeeIdsUnder(id)) : List.of(id);
            BigDecimal value = Attainment.valueOf(c.metric(), facts.ofEmployees(people, c.periodFrom(), c.periodTo())
                    .get(c.metric()));
            String name = unit ? org.unit(id).map(UnitView::name).orElse("#" + id)
                    : org.employee(id).map(EmployeeView::name).orElse("#" + id);
            unranked.add(new ContestView.Standing(0, id, name, value));
        }
        List<ContestView.Standing> sorted = unranked.stream()
                .sorted(Comparator.comparing(ContestView.Standing::value, Comparator.reverseOrder())).toList();
        List<ContestView.Standing> standings = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ContestView.Standing s = sorted.get(i);
            standings.add(new ContestView.Standing(i + 1, s.participantId(), s.name(), hidden ? null : s.value()));
        }
        return new ContestView(c.id(), c.name(), c.periodFrom(), c.periodTo(), c.metric(), c.prize(),
                c.participantKind().name(), c.runningOn(LocalDate.now(clock)), c.createdBy(), standings);
    }
}
