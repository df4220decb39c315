package com.autosales.reports;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.web.DashboardChart;
import com.autosales.shared.web.DashboardPanel;
import com.autosales.shared.web.DashboardPanel.Audience;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The managers' dashboard panel "近 12 个月销售趋势": revenue and margin by month, each month opening its sales analysis. */
@Configuration(proxyBeanMethods = false)
class SalesTrendPanel {

    @Bean
    DashboardPanel.Source salesTrendPanelSource(SalesAnalysisQueries queries, CurrentUsers users, Clock clock) {
        return DashboardPanel.Source.of("reports:view", Set.of(Audience.GENERAL_MANAGER, Audience.SALES_MANAGER), () -> {
            YearMonth last = YearMonth.now(clock);
            YearMonth first = last.minusMonths(11);
            Map<YearMonth, SalesTotals> months = queries.monthly(users.scope(), first.atDay(1), last.plusMonths(1).atDay(1));
            if (months.isEmpty()) {
                return null;
            }
            DashboardChart.Builder chart = DashboardChart.builder(DashboardChart.Type.LINE)
                    .series("reports.trend.revenue", DashboardChart.Kind.MONEY)
                    .series("reports.trend.margin", DashboardChart.Kind.MONEY);
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                SalesTotals t = months.getOrDefault(month, SalesTotals.ZERO);
                LocalDate day = month.atDay(1);
                chart.literalPoint(month.toString(), "/reports/sales-analysis?period=MONTH&date=" + day, t.revenue(), t.margin());
            }
            return DashboardPanel.of(15, "reports.trend.title", "graph-up", "/reports/sales-analysis", chart.build());
        });
    }
}
