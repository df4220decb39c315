package com.autosales.scorecards;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.web.DashboardChart;
import com.autosales.shared.web.DashboardPanel;
import com.autosales.shared.web.DashboardPanel.Audience;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dashboard panel: this month's top five consultants by units delivered, for the general manager. */
@Configuration(proxyBeanMethods = false)
class RankingDashboard {

    private static final int TOP = 5;

    @Bean
    DashboardPanel.Source rankingTopPanel(Leaderboards leaderboards, CurrentUsers users) {
        return DashboardPanel.Source.of("targets:view", Audience.GENERAL_MANAGER, () -> {
            if (users.currentStoreId().isEmpty()) {
                return null; // the leaderboard is a store's; the group view has none
            }
            YearMonth month = leaderboards.month(null);
            Leaderboard board = leaderboards.board(month, RankingMetric.UNITS);
            DashboardChart.Builder chart = DashboardChart.builder(DashboardChart.Type.BAR)
                    .series("rankings.metric.UNITS", DashboardChart.Kind.COUNT);
            board.rows().stream().limit(TOP).forEach(row -> chart.literalPoint(row.rank() + ". " + row.name(),
                    "/funnel/records?stage=DELIVERY&period=THIS_MONTH&consultantId=" + row.employeeId(),
                    row.units() == null ? BigDecimal.ZERO : row.units()));
            DashboardChart built = chart.build();
            String link = "/rankings?month=" + month;
            return new DashboardPanel(56, "dashboard.ranking", "trophy", link,
                    built.isEmpty() ? java.util.List.of(DashboardPanel.Figure.of("dashboard.none-yet", "—", link))
                            : java.util.List.of(), built.isEmpty() ? null : built);
        });
    }
}
