package com.autosales.targets;

import com.autosales.access.CurrentUsers;
import com.autosales.performance.Attainment;
import com.autosales.performance.PerformanceMetric;
import com.autosales.shared.web.DashboardCard;
import com.autosales.shared.web.NavItem;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TargetsNavigation {

    @Bean
    NavItem salesPlansNav() {
        return new NavItem("nav.section.performance", 200, "targets.nav", "bullseye", "/sales-plans", "targets:view");
    }

    /** Workbench card "本月交车 x / 目标 y", month to date; only for a person an approved plan gives a target. */
    @Bean
    DashboardCard.Source monthDeliveriesCard(CurrentUsers users, Attainment attainment, Clock clock) {
        return DashboardCard.Source.of("targets:view", () -> {
            Attainment.Result month = thisMonth(users, attainment, clock);
            return month == null ? null : new DashboardCard(20, "targets.card.month", "bullseye",
                    plain(month.actual()) + " / " + plain(month.target()), "/sales-plans");
        });
    }

    /** Workbench card: my deliveries today, next to the month's target. */
    @Bean
    DashboardCard.Source todayDeliveriesCard(CurrentUsers users, Attainment attainment, Clock clock) {
        return DashboardCard.Source.of("targets:view", () -> {
            if (thisMonth(users, attainment, clock) == null) {
                return null;
            }
            LocalDate today = LocalDate.now(clock);
            Attainment.Result day = attainment.ofEmployee(users.current().employeeId(), PerformanceMetric.DELIVERIES,
                    today, today);
            return new DashboardCard(21, "targets.card.today", "key", plain(day.actual()), "/sales-plans");
        });
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** My deliveries this month against the month's target, or null when no approved plan gives me one. */
    private static Attainment.Result thisMonth(CurrentUsers users, Attainment attainment, Clock clock) {
        Long me = users.current().employeeId();
        if (me == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        Attainment.Result result = attainment.ofEmployee(me, PerformanceMetric.DELIVERIES, today.withDayOfMonth(1), today);
        return result.target() == null || result.target().signum() <= 0 ? null : result;
    }
}
