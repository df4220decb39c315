package com.autosales.commission;

import com.autosales.shared.web.DashboardPanel;
import com.autosales.shared.web.DashboardPanel.Audience;
import com.autosales.shared.web.DashboardPanel.Figure;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dashboard panel: a consultant's commission this month so far (the statement's total, else a preview). */
@Configuration(proxyBeanMethods = false)
class CommissionDashboard {

    @Bean
    DashboardPanel.Source myCommissionPanel(StatementManagement statements, Clock clock) {
        return DashboardPanel.Source.of("targets:view", Audience.CONSULTANT, () -> {
            String month = "/commission-statements?month=" + YearMonth.now(clock);
            return statements.mySoFar().map(soFar -> {
            String link = soFar.statementId() == null ? month : "/commission-statements/" + soFar.statementId();
            return DashboardPanel.of(13, "dashboard.my-commission", "cash-coin", link, null,
                    Figure.of(soFar.statementId() == null ? "dashboard.my-commission.preview"
                            : "dashboard.my-commission.statement", DashboardPanel.yuan(soFar.total()), link));
            }).orElse(DashboardPanel.of(13, "dashboard.my-commission", "cash-coin", month, null,
                    Figure.of("dashboard.my-commission.no-rules", "—", month)));
        });
    }
}
