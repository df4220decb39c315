package com.autosales.payments;

import com.autosales.access.RecordScope;
import com.autosales.shared.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What is open of every receivable line in scope, aged in the database: the ageing of a whole group reads ten
 * thousands of accounts, and summing in SQL spares loading them. The rule is {@link ReceivableAccount#outstanding()}'s:
 * the money received pays the lines in due-date order (a window sum of the earlier lines), and cancelled accounts owe
 * nothing; {@code OpenAmountsIT} holds the two to the same figures.
 */
@Repository
class OpenAmounts {

    private static final String SQL = """
            select contract_id, customer_name, owner_name, store_id, bucket, sum(rest) as amount
            from (select a.contract_id, a.opened_on, a.customer_name, a.owner_name, a.store_id,
                         case when l.due_on >= :current then 0 when l.due_on >= :days30 then 1
                              when l.due_on >= :days60 then 2 when l.due_on >= :days90 then 3 else 4 end as bucket,
                         l.amount - least(l.amount, greatest(0, greatest(a.received, 0)
                             - (sum(l.amount) over (partition by l.contract_id order by l.due_on, l.position
                                                    rows between unbounded preceding and current row) - l.amount))) as rest
                  from receivable_account a join receivable_line l on l.contract_id = a.contract_id
                  where a.cancelled = false and a.received < a.expected%s) o
            where rest > 0
            group by contract_id, opened_on, customer_name, owner_name, store_id, bucket
            order by opened_on desc, contract_id desc, bucket""";

    private static final AgeingBucket[] BUCKETS = AgeingBucket.values();
    private final NamedParameterJdbcTemplate jdbc;

    OpenAmounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per account and bucket, newest account first (the order the breakdowns list equal totals in). */
    List<AgeingReport.OpenAmount> asOf(LocalDate day, RecordScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("current", day);
        params.put("days30", day.minusDays(30));
        params.put("days60", day.minusDays(60));
        params.put("days90", day.minusDays(90));
        String sql = SQL.formatted(scope.andWithin("a.store_id", "a.owner_employee_id", params));
        return jdbc.query(sql, params, (rs, i) -> new AgeingReport.OpenAmount(rs.getString("customer_name"),
                rs.getString("owner_name"), rs.getLong("store_id"), BUCKETS[rs.getInt("bucket")],
                Money.of(rs.getBigDecimal("amount"))));
    }
}
