package com.autosales.showroom;

import com.autosales.access.CurrentUsers;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.web.DashboardChart;
import com.autosales.shared.web.DashboardPanel;
import com.autosales.shared.web.DashboardPanel.Audience;
import com.autosales.shared.web.DashboardPanel.Figure;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Dashboard panel: today's showroom traffic per consultant (visits and calls), for the sales manager. */
@Configuration(proxyBeanMethods = false)
class ShowroomDashboard {

    @Bean
    DashboardPanel.Source trafficTodayPanel(NamedParameterJdbcTemplate sql, CurrentUsers users, OrgDirectory org,
            ReceptionLog log) {
        return DashboardPanel.Source.of("leads:view", Audience.SALES_MANAGER, () -> {
            LocalDate today = log.today();
            Map<String, Object> params = new HashMap<>();
            params.put("today", today);
            String where = users.scope().andWithin("store_id", "consultant_employee_id", params);
            Map<Long, long[]> perConsultant = new LinkedHashMap<>();
            sql.query("select consultant_employee_id, kind, count(*) from showroom_reception where visit_day = :today"
                    + where + " group by consultant_employee_id, kind order by consultant_employee_id", params, rs -> {
                        long[] counts = perConsultant.computeIfAbsent(rs.getLong(1), id -> new long[2]);
                        counts[ReceptionKind.valueOf(rs.getString(2)).ordinal()] += rs.getLong(3);
                    });
            String day = "/showroom/receptions?from=" + today + "&to=" + today;
            Map<Long, EmployeeView> names = org.employees(List.copyOf(perConsultant.keySet()));
            DashboardChart.Builder chart = DashboardChart.builder(DashboardChart.Type.BAR)
                    .series("dashboard.traffic.visits", DashboardChart.Kind.COUNT)
                    .series("dashboard.traffic.calls", DashboardChart.Kind.COUNT);
            long visits = 0;
            long calls = 0;
            for (Map.Entry<Long, long[]> e : perConsultant.entrySet()) {
                long[] c = e.getValue();
                visits += c[ReceptionKind.VISIT.ordinal()];
                calls += c[ReceptionKind.CALL.ordinal()];
                chart.literalPoint(names.containsKey(e.getKey()) ? names.get(e.getKey()).name() : "#" + e.getKey(),
                        day + "&consultantId=" + e.getKey(), c[ReceptionKind.VISIT.ordinal()],
                        c[ReceptionKind.CALL.ordinal()]);
            }
            DashboardChart built = chart.build();
            return DashboardPanel.of(30, "dashboard.traffic", "shop", day, built.isEmpty() ? null : built,
                    Figure.of("dashboard.traffic.visits", visits, day + "&kind=VISIT"),
                    Figure.of("dashboard.traffic.calls", calls, day + "&kind=CALL"));
        });
    }
}
