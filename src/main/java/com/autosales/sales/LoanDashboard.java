package com.autosales.sales;

import com.autosales.shared.web.DashboardPanel;
import com.autosales.shared.web.DashboardPanel.Audience;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dashboard panel: the finance specialist's loan applications waiting, by status. */
@Configuration(proxyBeanMethods = false)
class LoanDashboard {

    private static final List<LoanStatus> WAITING = List.of(LoanStatus.COLLECTING, LoanStatus.SUBMITTED,
            LoanStatus.APPROVED);

    @Bean
    DashboardPanel.Source loansWaitingPanel(LoanManagement loans) {
        return DashboardPanel.Source.of("sales:loans", Audience.FINANCE, () -> {
            List<DashboardPanel.Figure> figures = WAITING.stream().map(status -> {
                long count = loans.list(status, null, null, null, 0).getTotalElements();
                String link = "/loans?status=" + status;
                return DashboardPanel.Figure.of("dashboard.loans-waiting." + status, count, link);
            }).toList();
            return new DashboardPanel(82, "dashboard.loans-waiting", "bank", "/loans", figures, null);
        });
    }
}
