package com.autosales.demo;

import com.autosales.funnel.FunnelSource;
import com.autosales.reports.LeadSourceCosts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/** The store's marketing spend on online platforms, events and phone campaigns this month and last, for the ROI report. */
@Component
class DemoLeadSourceCosts {

    private final LeadSourceCosts costs;
    private final Clock clock;

    DemoLeadSourceCosts(LeadSourceCosts costs, Clock clock) {
        this.costs = costs;
        this.clock = clock;
    }

    void create(Long store) {
        YearMonth month = YearMonth.now(clock);
        for (YearMonth m : new YearMonth[] {month.minusMonths(1), month}) {
            costs.enter(store, m, FunnelSource.ONLINE, new BigDecimal("8000.00"), "汽车之家、懂车帝线索包", "gm");
            costs.enter(store, m, FunnelSource.EVENT, new BigDecimal("5000.00"), "周末试驾活动", "gm");
            costs.enter(store, m, FunnelSource.PHONE, new BigDecimal("1200.00"), "外呼坐席", "gm");
        }
    }
}
