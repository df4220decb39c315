package com.autosales.scorecards;

import com.autosales.access.CurrentUsers;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.performance.Attainment;
import com.autosales.performance.PerformanceMetric;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 展厅大屏 — the month of the store I work in at a glance: units against the target, the top five, running contests. */
@Service
@Transactional(readOnly = true)
public class Wallboard {

    static final int TOP = 5;

    /** {@code target} and {@code percent} null when no plan gives the store a target. */
    public record Board(String storeName, String month, BigDecimal units, BigDecimal target, BigDecimal percent,
            List<LeaderboardRow> top, List<ContestView> contests, String updatedAt) {
    }

    private final Attainment attainment;
    private final Leaderboards leaderboards;
    private final ContestManagement contests;
    private final OrgDirectory org;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    Wallboard(Attainment attainment, Leaderboards leaderboards, ContestManagement contests, OrgDirectory org,
            CurrentUsers currentUsers, Clock clock) {
        this.attainment = attainment;
        this.leaderboards = leaderboards;
        this.contests = contests;
        this.org = org;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public Board board() {
        Long storeId = currentUsers.requireStore();
        YearMonth month = YearMonth.now(clock);
        Attainment.Result units = attainment.ofStore(storeId, PerformanceMetric.DELIVERIES, month.atDay(1),
                month.atEndOfMonth());
        return new Board(org.unit(storeId).map(UnitView::name).orElse(""), month.toString(), units.actual(),
                units.target(), units.percent(), leaderboards.top(storeId, month, TOP), contests.running(storeId),
                LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm")));
    }
}
