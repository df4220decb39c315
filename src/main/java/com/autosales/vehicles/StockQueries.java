package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stock list and the ageing of the stores the reader may see, filtered in SQL. */
@Component
@Transactional(readOnly = true)
class StockQueries {

    /** The open lower end of the oldest age bucket, as a date every database can bind. */
    private static final LocalDate LONG_AGO = LocalDate.of(1900, 1, 1);

    private final StockVehicles vehicles;
    private final Trims trims;
    private final StockViews views;
    private final CostVisibility costs;
    private final CurrentUsers currentUsers;
    private final NamedParameterJdbcTemplate sql;

    StockQueries(StockVehicles vehicles, Trims trims, StockViews views, CostVisibility costs, CurrentUsers currentUsers,
            NamedParameterJdbcTemplate sql) {
        this.vehicles = vehicles;
        this.trims = trims;
        this.views = views;
        this.costs = costs;
        this.currentUsers = currentUsers;
        this.sql = sql;
    }

    Page<StockVehicleView> list(StockFilter filter, Pageable pageable) {
        Page<StockVehicle> page = matching(filter, pageable);
        return new PageImpl<>(views.of(page.getContent()), pageable, page.getTotalElements());
    }

    /** Every match in batches, for the export. */
    void forEachMatch(StockFilter filter, int batch, Consumer<List<StockVehicleView>> rows) {
        for (int n = 0; ; n++) {
            Page<StockVehicle> page = matching(filter, PageRequest.of(n, batch));
            rows.accept(views.of(page.getContent()));
            if (!page.hasNext()) {
                return;
            }
        }
    }

    private Page<StockVehicle> matching(StockFilter f, Pageable pageable) {
        RecordScope scope = currentUsers.scope();
        List<Long> modelTrims = f.modelId() == null ? List.of(-1L)
                : trims.findByModelIdInOrderByModelIdAscIdAsc(List.of(f.modelId())).stream().map(Trim::id).toList();
        LocalDate today = views.today();
        LocalDate from = f.age() == null || f.age().arrivedFrom(today) == null ? LONG_AGO : f.age().arrivedFrom(today);
        LocalDate to = f.age() == null ? today : f.age().arrivedTo(today);
        return vehicles.findMatching(scope.allStores(), scope.storeIdsForQuery(), f.status(), f.trimId(),
                f.modelId() == null, modelTrims.isEmpty() ? List.of(-1L) : modelTrims, f.colour(), f.age() == null,
                StockStatus.AGEING, from, to, f.vinPattern(), pageable);
    }

    /** 库龄 — count and purchase cost per age bucket of what stands in the reader's stores today. */
    StockAgeing ageing() {
        RecordScope scope = currentUsers.scope();
        MapSqlParameterSource params = new MapSqlParameterSource("statuses",
                StockStatus.AGEING.stream().map(Enum::name).toList()).addValue("storeIds", scope.storeIdsForQuery());
        String where = "status in (:statuses) and arrival_date is not null"
                + (scope.allStores() ? "" : " and store_id in (:storeIds)");
        Map<AgeBucket, long[]> counts = new EnumMap<>(AgeBucket.class);
        Map<AgeBucket, BigDecimal> sums = new EnumMap<>(AgeBucket.class);
        LocalDate today = views.today();
        sql.query("select arrival_date, count(*), sum(purchase_cost) from stock_vehicle where " + where
                + " group by arrival_date", params, rs -> {
                    LocalDate arrived = rs.getDate(1).toLocalDate();
                    AgeBucket bucket = AgeBucket.of(ChronoUnit.DAYS.between(arrived, today));
                    counts.computeIfAbsent(bucket, b -> new long[1])[0] += rs.getLong(2);
                    sums.merge(bucket, rs.getBigDecimal(3), BigDecimal::add);
                });
        boolean withCost = costs.readerMaySeeCost();
        List<StockAgeing.Bucket> buckets = new ArrayList<>();
        long total = 0;
        Money totalCost = Money.ZERO;
        for (AgeBucket b : AgeBucket.values()) {
            long count = counts.getOrDefault(b, new long[1])[0];
            Money cost = Money.of(sums.getOrDefault(b, BigDecimal.ZERO));
            buckets.add(new StockAgeing.Bucket(b, count, withCost ? cost : null));
            total += count;
            totalCost = totalCost.plus(cost);
        }
        return new StockAgeing(buckets, total, withCost ? totalCost : null);
    }
}
