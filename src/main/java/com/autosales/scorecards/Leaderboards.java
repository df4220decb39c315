package com.autosales.scorecards;

import com.autosales.access.CurrentUsers;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.org.PositionHolders;
import com.autosales.org.UnitView;
import com.autosales.performance.Attainment;
import com.autosales.performance.Figure;
import com.autosales.performance.PerformanceMetric;
import com.autosales.performance.PerformanceQueries;
import com.autosales.shared.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 销售排行榜 — the consultants of the store I work in, ranked for a month by units, gross margin, attainment or
 * satisfaction, with the change against last month, and the month's best consultant. Names, units and attainment are
 * public in the showroom; margin only for holders of targets:approve.
 */
@Service
@Transactional(readOnly = true)
public class Leaderboards {

    static final String CONSULTANT_POSITION = "sales-consultant";
    static final String MARGIN_PERMISSION = "targets:approve";

    private final PerformanceQueries facts;
    private final Attainment attainment;
    private final OrgDirectory org;
    private final PositionHolders holders;
    private final Evaluations evaluations;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    Leaderboards(PerformanceQueries facts, Attainment attainment, OrgDirectory org, PositionHolders holders,
            Evaluations evaluations, CurrentUsers currentUsers, Clock clock) {
        this.facts = facts;
        this.attainment = attainment;
        this.org = org;
        this.holders = holders;
        this.evaluations = evaluations;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** "2026-12", or this month when blank; anything else is refused. */
    public YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("scorecards.period-invalid", text);
        }
    }

    public boolean marginVisible() {
        return currentUsers.find().map(u -> u.can(MARGIN_PERMISSION)).orElse(false);
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public Leaderboard board(YearMonth month, RankingMetric metric) {
        RankingMetric by = metric == null ? RankingMetric.UNITS : metric;
        boolean marginVisible = marginVisible();
        if (by == RankingMetric.GROSS_MARGIN && !marginVisible) {
            throw new DomainException("scorecards.margin-hidden");
        }
        Long storeId = currentUsers.requireStore();
        List<Standing> now = standings(storeId, month);
        Map<Long, Integer> before = ranks(sorted(standings(storeId, month.minusMonths(1)), by));
        List<LeaderboardRow> rows = new ArrayList<>();
        List<Standing> ranked = sorted(now, by);
        for (int i = 0; i < ranked.size(); i++) {
            Standing s = ranked.get(i);
            Integer previous = before.get(s.employee().id());
            rows.add(new LeaderboardRow(i + 1, previous, previous == null ? null : previous - (i + 1), s.employee().id(),
                    s.employee().name(), s.units(), marginVisible ? s.margin() : null, s.attainment(), s.satisfaction()));
        }
        String storeName = org.unit(storeId).map(UnitView::name).orElse("");
        return new Leaderboard(storeId, storeName, month.toString(), by, rows, best(storeId, month, now), marginVisible);
    }

    /** The top consultants of the month by units, for the wallboard. */
    List<LeaderboardRow> top(Long storeId, YearMonth month, int howMany) {
        List<Standing> ranked = sorted(standings(storeId, month), RankingMetric.UNITS);
        List<LeaderboardRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(howMany, ranked.size()); i++) {
            Standing s = ranked.get(i);
            rows.add(new LeaderboardRow(i + 1, null, null, s.employee().id(), s.employee().name(), s.units(), null,
                    s.attainment(), s.satisfaction()));
        }
        return rows;
    }

    private Leaderboard.BestConsultant best(Long storeId, YearMonth month, List<Standing> standings) {
        Map<Long, BigDecimal> totals = evaluations.finishedOfMonth(storeId, month.atDay(1)).stream()
                .collect(Collectors.toMap(Evaluation::employeeId, Evaluation::total, BigDecimal::max));
        List<BestConsultantRule.Candidate> candidates = standings.stream()
                .map(s -> new BestConsultantRule.Candidate(s.employee().id(), s.employee().employeeNo(), s.employee().name(),
                        totals.get(s.employee().id()), s.units(), s.margin()))
                .toList();
        return BestConsultantRule.pick(candidates).map(p -> new Leaderboard.BestConsultant(p.winner().employeeId(),
                p.winner().name(), p.basis().name(), p.winner().scorecardTotal(), p.winner().units())).orElse(null);
    }

    /** The store's consultants, and anyone else who delivered in the store that month. */
    private List<Standing> standings(Long storeId, YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<Long, Map<PerformanceMetric, Figure>> results = facts.perEmployee(List.of(storeId), from, to);
        Set<Long> people = new LinkedHashSet<>(holders.employeeIdsHolding(CONSULTANT_POSITION, storeId));
        results.forEach((id, figures) -> {
            if (figures.get(PerformanceMetric.DELIVERIES).quantity().signum() != 0) {
                people.add(id);
            }
        });
        Map<Long, EmployeeView> employees = org.employees(people);
        List<Standing> standings = new ArrayList<>();
        Map<Long, List<Attainment.Result>> attained = attainment.ofEachEmployee(
                people.stream().filter(employees::containsKey).toList(), List.of(PerformanceMetric.DELIVERIES), from, to);
        for (Long id : people) {
            EmployeeView employee = employees.get(id);
            if (employee == null) {
                continue;
            }
            Map<PerformanceMetric, Figure> f = results.getOrDefault(id, Map.of());
            Figure satisfaction = f.getOrDefault(PerformanceMetric.SATISFACTION, Figure.ZERO);
            standings.add(new Standing(employee,
                    f.getOrDefault(PerformanceMetric.DELIVERIES, Figure.ZERO).quantity(),
                    f.getOrDefault(PerformanceMetric.GROSS_MARGIN, Figure.ZERO).amount(),
                    attained.get(id).get(0).percent(),
                    satisfaction.quantity().signum() == 0 ? null : satisfaction.average()));
        }
        return standings;
    }

    private static List<Standing> sorted(List<Standing> standings, RankingMetric by) {
        Function<Standing, BigDecimal> value = switch (by) {
            case UNITS -> Standing::units;
            case GROSS_MARGIN -> Standing::margin;
            case ATTAINMENT -> Standing::attainment;
            case SATISFACTION -> Standing::satisfaction;
        };
        return standings.stream().sorted(Comparator.comparing(value, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Standing::units, Comparator.reverseOrder())
                .thenComparing(Standing::margin, Comparator.reverseOrder())
                .thenComparing(s -> s.employee().employeeNo(), Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private static Map<Long, Integer> ranks(List<Standing> sorted) {
        Map<Long, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(sorted.get(i).employee().id(), i + 1);
        }
        return ranks;
    }

    private record Standing(EmployeeView employee, BigDecimal units, BigDecimal margin, BigDecimal attainment,
            BigDecimal satisfaction) {
    }
}
