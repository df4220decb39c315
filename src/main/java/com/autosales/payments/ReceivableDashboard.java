package com.autosales.payments;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.web.DashboardChart;
import com.autosales.shared.web.DashboardPanel;
import com.autosales.shared.web.DashboardPanel.Audience;
import com.autosales.shared.web.DashboardPanel.Figure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Dashboard panels of money: receivables by age (general manager, finance) and today's collections (finance). */
@Configuration(proxyBeanMethods = false)
class ReceivableDashboard {

    @Bean
    DashboardPanel.Source receivablesPanel(ReceivableManagement receivables) {
        return DashboardPanel.Source.of("payments:view", Set.of(Audience.GENERAL_MANAGER, Audience.FINANCE), () -> {
            AgeingReport ageing = receivables.ageing();
            DashboardChart.Builder chart = DashboardChart.builder(DashboardChart.Type.BAR)
                    .series("dashboard.receivables.open", DashboardChart.Kind.MONEY);
            for (AgeingBucket bucket : AgeingBucket.values()) {
                chart.point("payments.bucket." + bucket, bucket == AgeingBucket.CURRENT ? "/receivables"
                        : "/receivables/arrears", ageing.totals().get(bucket).amount());
            }
            return DashboardPanel.of(54, "dashboard.receivables", "hourglass-split", "/receivables", chart.build(),
                    Figure.of("dashboard.receivables.balance", DashboardPanel.yuan(ageing.total().amount()), "/receivables"),
                    Figure.of("dashboard.receivables.overdue", DashboardPanel.yuan(ageing.overdue().amount()),
                            "/receivables/arrears"));
        });
    }

    @Bean
    DashboardPanel.Source collectionsTodayPanel(NamedParameterJdbcTemplate sql, CurrentUsers users, Clock clock) {
        return DashboardPanel.Source.of("payments:view", Audience.FINANCE, () -> {
            LocalDate today = LocalDate.now(clock);
            Map<String, Object> params = new HashMap<>();
            params.put("today", today);
            String where = users.scope().andWithin("store_id", "owner_employee_id", params);
            Map<String, Object> row = sql.queryForMap("select count(*) as n, coalesce(sum(amount), 0) as total from payment"
                    + " where paid_on = :today" + where, params);
            String link = "/payments?from=" + today + "&to=" + today;
            return DashboardPanel.of(80, "dashboard.collections-today", "cash-coin", link, null,
                    Figure.of("dashboard.collections-today.count", ((Number) row.get("n")).longValue(), link),
                    Figure.of("dashboard.collections-today.total", DashboardPanel.yuan(new BigDecimal(
                            row.get("total").toString())), link));
        });
    }
}
