package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.web.DashboardChart;
import com.autosales.shared.web.DashboardPanel;
import com.autosales.shared.web.DashboardPanel.Audience;
import com.autosales.shared.web.DashboardPanel.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Dashboard panels of stock: old stock alerts (sales manager), units and value by age (general manager), vehicles on
 * their way and arriving today (clerk). Stock belongs to a store, so the reader's stores limit every query.
 */
@Configuration(proxyBeanMethods = false)
class StockDashboard {

    private static final String STOCK = "/vehicles/stock";

    private final StockManagement stock;
    private final NamedParameterJdbcTemplate sql;
    private final CurrentUsers users;
    private final StockViews views;

    StockDashboard(StockManagement stock, NamedParameterJdbcTemplate sql, CurrentUsers users, StockViews views) {
        this.stock = stock;
        this.sql = sql;
        this.users = users;
        this.views = views;
    }

    @Bean
    DashboardPanel.Source stockAgeAlertPanel() {
        return DashboardPanel.Source.of("vehicles:view", Audience.SALES_MANAGER, () -> {
            StockAgeing ageing = stock.ageing();
            String old = STOCK + "?age=" + AgeBucket.OVER_90;
            return DashboardPanel.of(34, "dashboard.stock-age-alert", "exclamation-triangle", old, null,
                    Figure.of("dashboard.stock-age-alert.over-90", count(ageing, AgeBucket.OVER_90), old),
                    Figure.of("dashboard.stock-age-alert.61-90", count(ageing, AgeBucket.DAYS_61_90),
                            STOCK + "?age=" + AgeBucket.DAYS_61_90));
        });
    }

    @Bean
    DashboardPanel.Source stockByAgePanel() {
        return DashboardPanel.Source.of("vehicles:view", Audience.GENERAL_MANAGER, () -> {
            StockAgeing ageing = stock.ageing();
            boolean withCost = ageing.totalCost() != null;
            DashboardChart.Builder chart = DashboardChart.builder(DashboardChart.Type.BAR)
                    .series("dashboard.stock-by-age.units", DashboardChart.Kind.COUNT);
            for (StockAgeing.Bucket b : ageing.buckets()) {
                chart.point(b.bucket().messageKey(), STOCK + "?age=" + b.bucket(), b.count());
            }
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.of("dashboard.stock-by-age.units", ageing.totalCount(), STOCK));
            if (withCost) {
                figures.add(Figure.of("dashboard.stock-by-age.value", DashboardPanel.yuan(ageing.totalCost().amount()),
                        STOCK));
            }
            return new DashboardPanel(52, "dashboard.stock-by-age", "car-front", STOCK, figures, chart.build());
        });
    }

    @Bean
    DashboardPanel.Source stockArrivalsPanel() {
        return DashboardPanel.Source.of("vehicles:edit", Audience.CLERK, () -> {
            LocalDate today = views.today();
            Map<String, Object> params = new HashMap<>();
            params.put("today", today);
            String where = users.scope().andWithin("store_id", null, params);
            Map<String, Long> byStatus = new HashMap<>();
            sql.query("select status, count(*) from stock_vehicle where status in ('ORDERED', 'IN_TRANSIT')" + where
                    + " group by status", params, rs -> {
                        byStatus.put(rs.getString(1), rs.getLong(2));
                    });
            Long arrived = sql.queryForObject("select count(*) from stock_vehicle where arrival_date = :today" + where,
                    params, Long.class);
            return DashboardPanel.of(70, "dashboard.arrivals", "truck", STOCK + "?status=IN_TRANSIT", null,
                    Figure.of("dashboard.arrivals.in-transit", byStatus.getOrDefault("IN_TRANSIT", 0L),
                            STOCK + "?status=IN_TRANSIT"),
                    Figure.of("dashboard.arrivals.ordered", byStatus.getOrDefault("ORDERED", 0L),
                            STOCK + "?status=ORDERED"),
                    Figure.of("dashboard.arrivals.today", arrived == null ? 0 : arrived,
                            "/vehicles/stock-book?from=" + today + "&to=" + today));
        });
    }

    private static long count(StockAgeing ageing, AgeBucket bucket) {
        return ageing.buckets().stream().filter(b -> b.bucket() == bucket).mapToLong(StockAgeing.Bucket::count).sum();
    }
}
