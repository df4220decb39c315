package com.autosales.customers;

import com.autosales.access.RecordScope;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one query behind the customer list, its API, export and filter counts: data scope first, then what was
 * typed, then the classifications, in SQL. Only the conditions in use are written, so the database can use the
 * index that fits (an empty search is no condition at all).
 */
@Component
class CustomerListQuery {

    /** Counting stops here: "1,000+" tells a user as much as an exact figure, and stays fast at a million rows. */
    static final int COUNT_CAP = 1_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final CustomerStoreSettings storeSettings;
    private final Clock clock;
    private final int defaultStaleDays;

    CustomerListQuery(NamedParameterJdbcTemplate jdbc, CustomerStoreSettings storeSettings, Clock clock,
            @Value("${autosales.customers.stale-after-days:90}") int defaultStaleDays) {
        this.jdbc = jdbc;
        this.storeSettings = storeSettings;
        this.clock = clock;
        this.defaultStaleDays = defaultStaleDays;
    }

    /** The ids of one page, in the filter's order. */
    List<Long> ids(RecordScope scope, SearchTerms terms, ProfileFilter filter, long offset, int limit) {
        Where where = where(scope, terms, filter);
        where.params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.queryForList("select c.id" + where.from() + where.sql() + " order by " + filter.order().orderBy()
                + " limit :limit offset :offset", where.params, Long.class);
    }

    /** How many match, up to {@link #COUNT_CAP} + 1 (more than the cap means "cap+"). */
    long count(RecordScope scope, SearchTerms terms, ProfileFilter filter) {
        Where where = where(scope, terms, filter);
        where.params.addValue("cap", COUNT_CAP + 1);
        Long count = jdbc.queryForObject("select count(*) from (select 1" + where.from() + where.sql()
                + " fetch first :cap rows only) matched", where.params, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Customers per value of every classification, within the scope, in one pass over the cards (conditional
     * sums), plus the regions and routes in use.
     */
    ProfileCounts counts(RecordScope scope) {
        Where where = where(scope, SearchTerms.of(""), ProfileFilter.none());
        Facet<Lifecycle> lifecycle = new Facet<>(Lifecycle.class, "c.lifecycle");
        Facet<Grade> grade = new Facet<>(Grade.class, "c.grade");
        Facet<TradeStage> tradeStage = new Facet<>(TradeStage.class, "p.trade_stage");
        Facet<CustomerNature> nature = new Facet<>(CustomerNature.class, "p.nature");
        Facet<ChannelType> channelType = new Facet<>(ChannelType.class, "p.channel_type");
        Facet<VolumeClass> volumeClass = new Facet<>(VolumeClass.class, "p.volume_class");
        List<Facet<?>> facets = List.of(lifecycle, grade, tradeStage, nature, channelType, volumeClass);
        StringBuilder sums = new StringBuilder("select count(*) total");
        facets.forEach(facet -> facet.appendSums(sums));
        sums.append(", sum(case when ").append(stale(where.params)).append(" then 1 else 0 end) stale");
        sums.append(" from customer c left join customer_profile p on p.customer_id = c.id").append(where.sql());
        long[] total = new long[2];
        jdbc.query(sums.toString(), where.params, row -> {
            total[0] = row.getLong("total");
            total[1] = row.getLong("stale");
            for (Facet<?> facet : facets) {
                facet.read(row);
            }
        });
        return new ProfileCounts(total[0], lifecycle.counts, grade.counts, tradeStage.counts, nature.counts, channelType.counts,
                volumeClass.counts, values("p.region", scope), values("p.route_code", scope), total[1]);
    }

    /** One classification column and its count per value, read from conditional sums. */
    private static final class Facet<E extends Enum<E>> {
        final Class<E> type;
        final String column;
        final Map<E, Long> counts;

        Facet(Class<E> type, String column) {
            this.type = type;
            this.column = column;
            this.counts = new EnumMap<>(type);
        }

        void appendSums(StringBuilder sql) {
            for (E value : type.getEnumConstants()) {
                sql.append(", sum(case when ").append(column).append(" = '").append(value.name())
                        .append("' then 1 else 0 end) ").append(alias(value));
            }
        }

        void read(ResultSet row) throws SQLException {
            for (E value : type.getEnumConstants()) {
                counts.put(value, row.getLong(alias(value)));
            }
        }

        private String alias(E value) {
            return column.replace('.', '_') + "_" + value.ordinal();
        }
    }

    /** The values of a free-text classification (region, route) in use within the scope, most customers first. */
    private Map<String, Long> values(String column, RecordScope scope) {
        Where where = where(scope, SearchTerms.of(""), ProfileFilter.none()).withProfile();
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select " + column + " v, count(*) n" + where.from() + where.sql() + " and " + column
                + " is not null group by " + column + " order by count(*) desc, " + column + " fetch first 200 rows only",
                where.params, row -> {
                    counts.put(row.getString("v"), row.getLong("n"));
                });
        return counts;
    }

    private Where where(RecordScope scope, SearchTerms terms, ProfileFilter filter) {
        Where where = new Where();
        if (!scope.allStores()) {
            where.add("c.store_id in (:storeIds)", "storeIds", scope.storeIdsForQuery());
        }
        if (!scope.allOwners()) {
            where.add("c.owner_employee_id in (:ownerIds)", "ownerIds", scope.ownerIdsForQuery());
        }
        where.conditions.add("c.merged_into_id is null");
        if (!terms.isBlank()) {
            where.params.addValue("term", terms.name()).addValue("compact", terms.pinyin())
                    .addValue("initials", terms.initials()).addValue("digits", terms.digits())
                    .addValue("code", terms.code());
            // backslash escapes % and _ (SearchTerms), the default LIKE escape of both PostgreSQL and H2
            String onTheCard = "lower(%1$s.name) like :term or %1$s.name_pinyin like :compact"
                    + " or %1$s.name_initials like :initials";
            if (terms.searchesPhone() || terms.searchesCode()) {
                // other phones and identity numbers live in their own tables: one id list, each part on its index
                where.conditions.add("c.id in (select x.id from customer x where " + onTheCard.formatted("x")
                        + " or x.phone_normalized like :digits"
                        + " union select xp.customer_id from customer_phone xp where xp.phone_normalized like :digits"
                        + " union select xk.customer_id from customer_contact xk where xk.mobile_normalized like :digits"
                        + " or xk.office_normalized like :digits"
                        + " union select xi.customer_id from customer_identity xi where xi.id_number like :code"
                        + " or xi.registration_no like :code)");
            } else {
                where.conditions.add("(" + onTheCard.formatted("c") + ")");
            }
        }
        where.add("c.lifecycle = :lifecycle", "lifecycle", filter.lifecycle());
        where.add("c.grade = :grade", "grade", filter.grade());
        where.profile("p.trade_stage = :tradeStage", "tradeStage", filter.tradeStage());
        where.profile("p.nature = :nature", "nature", filter.nature());
        where.profile("p.channel_type = :channelType", "channelType", filter.channelType());
        where.profile("p.volume_class = :volumeClass", "volumeClass", filter.volumeClass());
        where.profile("p.region = :region", "region", filter.region());
        where.profile("p.route_code = :routeCode", "routeCode", filter.routeCode());
        where.add("exists (select 1 from customer_credit k where k.customer_id = c.id and k.rating = :creditRating)",
                "creditRating", filter.creditRating());
        if (filter.stale()) {
            where.conditions.add(stale(where.params));
        }
        if (filter.onlyOverLimit()) {
            where.conditions.add("exists (select 1 from customer_credit k where k.customer_id = c.id"
                    + " and k.credit_limit is not null and k.exposure > k.credit_limit)");
        }
        return where;
    }

    /**
     * 档案过期 — neither updated nor contacted for the store's number of days (its own setting or the default):
     * one branch per distinct setting, the rest of the stores on the default.
     */
    private String stale(MapSqlParameterSource params) {
        Instant now = clock.instant();
        Map<Integer, List<Long>> storesByDays = new TreeMap<>();
        for (CustomerStoreSetting setting : storeSettings.findAll()) {
            storesByDays.computeIfAbsent(setting.staleAfterDays(), days -> new ArrayList<>()).add(setting.storeId());
        }
        List<String> branches = new ArrayList<>();
        List<Long> ownSetting = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Integer, List<Long>> e : storesByDays.entrySet()) {
            n++;
            params.addValue("staleStores" + n, e.getValue())
                    .addValue("staleCutoff" + n, Timestamp.from(now.minus(Duration.ofDays(e.getKey()))));
            branches.add("(c.store_id in (:staleStores" + n + ") and " + olderThan("staleCutoff" + n) + ")");
            ownSetting.addAll(e.getValue());
        }
        params.addValue("staleCutoff", Timestamp.from(now.minus(Duration.ofDays(defaultStaleDays))));
        if (ownSetting.isEmpty()) {
            branches.add(olderThan("staleCutoff"));
        } else {
            params.addValue("staleOwnSetting", ownSetting);
            branches.add("(c.store_id not in (:staleOwnSetting) and " + olderThan("staleCutoff") + ")");
        }
        return "(" + String.join(" or ", branches) + ")";
    }

    private static String olderThan(String cutoff) {
        return "c.updated_at < :" + cutoff + " and (c.last_contact_at is null or c.last_contact_at < :" + cutoff + ")";
    }

    /** Conditions joined with and; the card's profile is joined only when a condition needs it. */
    private static final class Where {
        final List<String> conditions = new ArrayList<>();
        final MapSqlParameterSource params = new MapSqlParameterSource();
        boolean needsProfile;

        void add(String condition, String name, Object value) {
            if (value != null) {
                conditions.add(condition);
                params.addValue(name, value instanceof Enum<?> e ? e.name() : value);
            }
        }

        void profile(String condition, String name, Object value) {
            if (value != null) {
                needsProfile = true;
                add(condition, name, value);
            }
        }

        Where withProfile() {
            needsProfile = true;
            return this;
        }

        String from() {
            return needsProfile ? " from customer c join customer_profile p on p.customer_id = c.id"
                    : " from customer c";
        }

        String sql() {
            return conditions.isEmpty() ? " where 1 = 1" : " where " + String.join(" and ", conditions);
        }
    }
}
