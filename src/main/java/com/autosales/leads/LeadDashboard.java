package com.autosales.leads;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.web.DashboardChart;
import com.autosales.shared.web.DashboardPanel;
import com.autosales.shared.web.DashboardPanel.Audience;
import com.autosales.shared.web.DashboardPanel.Figure;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Dashboard panels of leads: a consultant's calls today and leads by level, a manager's overdue follow-ups. */
@Configuration(proxyBeanMethods = false)
class LeadDashboard {

    /** Open tasks that still count: an after-delivery call, or a follow-up of a lead still worked on. */
    private static final String ACTIVE_TASK = "f.state = 'OPEN' and (f.purpose is not null or exists (select 1 from"
            + " sales_lead l where l.id = f.lead_id and l.status in ('OPEN', 'LOST_PENDING')))";

    private final NamedParameterJdbcTemplate sql;
    private final CurrentUsers users;
    private final OrgDirectory org;
    private final Clock clock;

    LeadDashboard(NamedParameterJdbcTemplate sql, CurrentUsers users, OrgDirectory org, Clock clock) {
        this.sql = sql;
        this.users = users;
        this.org = org;
        this.clock = clock;
    }

    @Bean
    DashboardPanel.Source callsTodayPanel() {
        return DashboardPanel.Source.of("leads:view", Audience.CONSULTANT, () -> {
            LocalDate today = LocalDate.now(clock);
            return DashboardPanel.of(10, "dashboard.calls-today", "telephone", "/follow-ups", null,
                    Figure.of("dashboard.calls-today.due", myTasks("f.due_date = :today", today), "/follow-ups"),
                    Figure.of("dashboard.calls-today.overdue", myTasks("f.due_date < :today", today), "/follow-ups"));
        });
    }

    @Bean
    DashboardPanel.Source leadsByLevelPanel() {
        return DashboardPanel.Source.of("leads:view", Audience.CONSULTANT, () -> {
            Map<String, Object> params = new HashMap<>();
            String where = users.scope().andWithin("store_id", "owner_employee_id", params);
            Map<LeadLevel, Long> counts = new EnumMap<>(LeadLevel.class);
            sql.query("select level, count(*) from sales_lead where status = 'OPEN'" + where + " group by level", params,
                    rs -> {
                        counts.put(LeadLevel.valueOf(rs.getString(1)), rs.getLong(2));
                    });
            DashboardChart.Builder chart = DashboardChart.builder(DashboardChart.Type.PIE)
                    .series("dashboard.leads-by-level.leads", DashboardChart.Kind.COUNT);
            List<Figure> figures = new ArrayList<>();
            for (LeadLevel level : LeadLevel.values()) {
                long count = counts.getOrDefault(level, 0L);
                String link = "/leads?status=OPEN&level=" + level;
                if (count > 0) {
                    chart.literalPoint(level.name(), link, count);
                }
                figures.add(Figure.named(level.name(), count, link));
            }
            DashboardChart built = chart.build();
            return new DashboardPanel(11, "dashboard.leads-by-level", "pie-chart", "/leads?status=OPEN",
                    built.isEmpty() ? figures : List.of(), built.isEmpty() ? null : built);
        });
    }

    @Bean
    DashboardPanel.Source overdueFollowUpsPanel() {
        return DashboardPanel.Source.of("leads:approve", Audience.SALES_MANAGER, () -> {
            RecordScope scope = users.scope();
            Map<String, Object> params = new HashMap<>();
            params.put("today", LocalDate.now(clock));
            String where = scope.andWithin("f.store_id", "f.owner_employee_id", params);
            Map<Long, Long> perOwner = new LinkedHashMap<>();
            sql.query("select f.owner_employee_id, count(*) from lead_follow_up f where " + ACTIVE_TASK
                    + " and f.due_date < :today" + where + " group by f.owner_employee_id order by count(*) desc", params,
                    rs -> {
                        perOwner.put(rs.getLong(1), rs.getLong(2));
                    });
            long total = perOwner.values().stream().mapToLong(Long::longValue).sum();
            Map<Long, EmployeeView> names = org.employees(List.copyOf(perOwner.keySet()));
            DashboardChart.Builder chart = DashboardChart.builder(DashboardChart.Type.BAR)
                    .series("dashboard.overdue-follow-ups.count", DashboardChart.Kind.COUNT);
            perOwner.forEach((owner, count) -> chart.literalPoint(
                    names.containsKey(owner) ? names.get(owner).name() : "#" + owner, "/follow-ups?consultant=" + owner,
                    count));
            DashboardChart built = chart.build();
            return DashboardPanel.of(31, "dashboard.overdue-follow-ups", "alarm", "/leads?overdue=true",
                    built.isEmpty() ? null : built, Figure.of("dashboard.overdue-follow-ups.total", total, "/leads?overdue=true"));
        });
    }

    private long myTasks(String due, LocalDate today) {
        Long me = users.current().employeeId();
        if (me == null) {
            return 0;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put("me", me);
        String where = users.scope().andWithin("f.store_id", "f.owner_employee_id", params);
        Long count = sql.queryForObject("select count(*) from lead_follow_up f where " + ACTIVE_TASK
                + " and f.owner_employee_id = :me and " + due + where, params, Long.class);
        return count == null ? 0 : count;
    }
}
