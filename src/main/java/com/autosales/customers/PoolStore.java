package com.autosales.customers;

import com.autosales.shared.ConcurrentChangeException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The pool's tables, and the two conditional updates that move a customer's owner in or out of a pool. */
@Repository
class PoolStore {

    private final NamedParameterJdbcTemplate jdbc;

    PoolStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    // ---- pools

    private static PoolView pool(ResultSet rs, int n) throws SQLException {
        return new PoolView(rs.getLong("id"), rs.getLong("store_id"), rs.getString("name"),
                rs.getObject("default_for_store") != null);
    }

    List<PoolView> pools(Collection<Long> storeIds) {
        return jdbc.query("select * from customer_pool where store_id in (:stores) order by store_id, default_for_store nulls last, id",
                Map.of("stores", storeIds), PoolStore::pool);
    }

    Optional<PoolView> pool(Long id) {
        return jdbc.query("select * from customer_pool where id = :id", Map.of("id", id), PoolStore::pool).stream().findFirst();
    }

    /** The store's default pool, created the first time it is needed (two nodes at once: one wins, both read it). */
    PoolView defaultPool(Long storeId, Instant now) {
        Optional<PoolView> existing = findDefault(storeId);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.update("insert into customer_pool (store_id, name, default_for_store, created_at) values (:store, null, :store, :now)",
                    new MapSqlParameterSource("store", storeId).addValue("now", ts(now)));
        } catch (DuplicateKeyException e) {
            // another request created it first
        }
        return findDefault(storeId).orElseThrow();
    }

    private Optional<PoolView> findDefault(Long storeId) {
        return jdbc.query("select * from customer_pool where default_for_store = :store", Map.of("store", storeId),
                PoolStore::pool).stream().findFirst();
    }

    Long addPool(Long storeId, String name, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update("insert into customer_pool (store_id, name, created_at) values (:store, :name, :now)",
                new MapSqlParameterSource("store", storeId).addValue("name", name).addValue("now", ts(now)), keys,
                new String[] {"id"});
        return keys.getKey().longValue();
    }

    // ---- members

    /** A pool member joined with its customer. */
    record MemberRow(Long customerId, Long storeId, String name, String phone, Grade grade, Lifecycle lifecycle,
            Long poolId, String poolName, boolean defaultPool, Instant since, String reason, PoolRuleKind ruleKind,
            Integer ruleDays, String ruleGrade, String note, Long previousOwnerId) {
    }

    private static final String MEMBER_SELECT = "select c.id, c.store_id, c.name, c.phone, c.grade, c.lifecycle, m.pool_id,"
            + " p.name as pool_name, p.default_for_store, m.since, m.reason, m.rule_kind, m.rule_days, m.rule_grade, m.note,"
            + " m.previous_owner_id from customer_pool_member m join customer c on c.id = m.customer_id"
            + " join customer_pool p on p.id = m.pool_id";

    private static MemberRow member(ResultSet rs, int n) throws SQLException {
        String grade = rs.getString("grade");
        String lifecycle = rs.getString("lifecycle");
        String ruleKind = rs.getString("rule_kind");
        return new MemberRow(rs.getLong("id"), rs.getLong("store_id"), rs.getString("name"), rs.getString("phone"),
                grade == null ? null : Grade.valueOf(grade), lifecycle == null ? null : Lifecycle.valueOf(lifecycle),
                rs.getLong("pool_id"), rs.getString("pool_name"), rs.getObject("default_for_store") != null,
                instant(rs, "since"), rs.getString("reason"), ruleKind == null ? null : PoolRuleKind.valueOf(ruleKind),
                intOrNull(rs, "rule_days"), rs.getString("rule_grade"), rs.getString("note"),
                longOrNull(rs, "previous_owner_id"));
    }

    private static final String MEMBER_FILTER = " where (:allStores = true or p.store_id in (:stores))"
            + " and (:pool = -1 or m.pool_id = :pool)"
            + " and (lower(c.name) like :term or c.name_pinyin like :compact or c.name_initials like :compact"
            + " or c.phone_normalized like :digits)";

    List<MemberRow> members(boolean allStores, Collection<Long> storeIds, Long poolId, SearchTerms terms, int offset,
            int limit) {
        return jdbc.query(MEMBER_SELECT + MEMBER_FILTER + " order by m.since desc, c.id desc offset :offset rows fetch next :limit rows only",
                memberParams(allStores, storeIds, poolId, terms).addValue("offset", offset).addValue("limit", limit),
                PoolStore::member);
    }

    long countMembers(boolean allStores, Collection<Long> storeIds, Long poolId, SearchTerms terms) {
        return jdbc.queryForObject("select count(*) from customer_pool_member m join customer c on c.id = m.customer_id"
                + " join customer_pool p on p.id = m.pool_id" + MEMBER_FILTER,
                memberParams(allStores, storeIds, poolId, terms), Long.class);
    }

    private static MapSqlParameterSource memberParams(boolean allStores, Collection<Long> storeIds, Long poolId,
            SearchTerms terms) {
        return new MapSqlParameterSource("allStores", allStores).addValue("stores", storeIds)
                .addValue("pool", poolId == null ? -1L : poolId).addValue("term", terms.name())
                .addValue("compact", terms.pinyin()).addValue("digits", terms.digits());
    }

    Optional<MemberRow> member(Long customerId) {
        return jdbc.query(MEMBER_SELECT + " where m.customer_id = :id", Map.of("id", customerId), PoolStore::member)
                .stream().findFirst();
    }

    void addMember(Long customerId, Long poolId, Instant since, String reason, PoolForecast rule, String note,
            Long previousOwnerId) {
        jdbc.update("insert into customer_pool_member (customer_id, pool_id, since, reason, rule_kind, rule_days, rule_grade,"
                + " note, previous_owner_id) values (:customer, :pool, :since, :reason, :kind, :days, :grade, :note, :previous)",
                new MapSqlParameterSource("customer", customerId).addValue("pool", poolId).addValue("since", ts(since))
                        .addValue("reason", reason).addValue("kind", rule == null ? null : rule.kind().name())
                        .addValue("days", rule == null ? null : rule.days())
                        .addValue("grade", rule == null ? null : rule.grade()).addValue("note", note)
                        .addValue("previous", previousOwnerId));
    }

    void removeMember(Long customerId) {
        jdbc.update("delete from customer_pool_member where customer_id = :id", Map.of("id", customerId));
    }

    // ---- moves

    void addMove(Long customerId, Long poolId, String kind, Long employeeId, PoolForecast rule, String note, Instant at) {
        jdbc.update("insert into customer_pool_move (customer_id, pool_id, kind, employee_id, rule_kind, rule_days, rule_grade,"
                + " note, occurred_at) values (:customer, :pool, :kind, :employee, :ruleKind, :days, :grade, :note, :at)",
                new MapSqlParameterSource("customer", customerId).addValue("pool", poolId).addValue("kind", kind)
                        .addValue("employee", employeeId).addValue("ruleKind", rule == null ? null : rule.kind().name())
                        .addValue("days", rule == null ? null : rule.days())
                        .addValue("grade", rule == null ? null : rule.grade()).addValue("note", note)
                        .addValue("at", ts(at)));
    }

    long claimsSince(Long employeeId, Instant since) {
        return jdbc.queryForObject("select count(*) from customer_pool_move where employee_id = :employee and kind = 'CLAIM'"
                + " and occurred_at >= :since", new MapSqlParameterSource("employee", employeeId).addValue("since", ts(since)),
                Long.class);
    }

    /** When this consultant last released or lost this customer. */
    Optional<Instant> lastLost(Long customerId, Long employeeId) {
        return jdbc.query("select max(occurred_at) as last_at from customer_pool_move where customer_id = :customer"
                + " and employee_id = :employee and kind in ('RELEASE', 'RECLAIM')",
                new MapSqlParameterSource("customer", customerId).addValue("employee", employeeId),
                (rs, n) -> Optional.ofNullable(instant(rs, "last_at"))).stream().findFirst().flatMap(o -> o);
    }

    /** The store of the pool this customer was last taken from, if its last move was a claim or an assignment. */
    Optional<Long> lastTaken(Long customerId) {
        return jdbc.query("select m.kind, p.store_id from customer_pool_move m join customer_pool p on p.id = m.pool_id"
                + " where m.customer_id = :customer order by m.occurred_at desc, m.id desc fetch first 1 rows only",
                Map.of("customer", customerId), (rs, n) -> Optional.ofNullable(
                        Set.of("CLAIM", "ASSIGN").contains(rs.getString("kind")) ? rs.getLong("store_id") : null))
                .stream().findFirst().flatMap(o -> o);
    }

    // ---- ownership

    /** Gives a customer without owner to this employee; 0 when someone else was faster. */
    int takeOwnership(Long customerId, Long employeeId, Instant now) {
        return jdbc.update("update customer set owner_employee_id = :employee, updated_at = :now, version = version + 1"
                + " where id = :id and owner_employee_id is null",
                new MapSqlParameterSource("employee", employeeId).addValue("now", ts(now)).addValue("id", customerId));
    }

    /** Takes the customer from this owner; 0 when it changed hands meanwhile. */
    int dropOwnership(Long customerId, Long expectedOwner, Instant now) {
        return jdbc.update("update customer set owner_employee_id = null, updated_at = :now, version = version + 1"
                + " where id = :id and owner_employee_id = :owner",
                new MapSqlParameterSource("owner", expectedOwner).addValue("now", ts(now)).addValue("id", customerId));
    }

    long countOwned(Long employeeId) {
        return jdbc.queryForObject("select count(*) from customer where owner_employee_id = :employee and merged_into_id is null",
                Map.of("employee", employeeId), Long.class);
    }

    /** An owned customer with what the rules read. {@code ownedSince}: when its owner claimed it or was assigned it. */
    record OwnedRow(Long id, Long storeId, Long ownerId, String name, Grade grade, Instant createdAt,
            Instant lastContactAt, Instant lastDealAt, Instant ownedSince) {
    }

    private static final String OWNED_SELECT = "select c.id, c.store_id, c.owner_employee_id, c.name, c.grade, c.created_at,"
            + " c.last_contact_at, c.last_deal_at, (select max(o.occurred_at) from customer_pool_move o"
            + " where o.customer_id = c.id and o.employee_id = c.owner_employee_id and o.kind in ('CLAIM', 'ASSIGN')) as owned_since"
            + " from customer c where c.owner_employee_id is not null and c.merged_into_id is null";

    private static OwnedRow owned(ResultSet rs, int n) throws SQLException {
        String grade = rs.getString("grade");
        return new OwnedRow(rs.getLong("id"), rs.getLong("store_id"), rs.getLong("owner_employee_id"),
                rs.getString("name"), grade == null ? null : Grade.valueOf(grade), instant(rs, "created_at"),
                instant(rs, "last_contact_at"), instant(rs, "last_deal_at"), instant(rs, "owned_since"));
    }

    List<OwnedRow> ownedAfter(Long afterId, int limit) {
        return jdbc.query(OWNED_SELECT + " and c.id > :after order by c.id fetch first :limit rows only",
                new MapSqlParameterSource("after", afterId).addValue("limit", limit), PoolStore::owned);
    }

    Optional<OwnedRow> owned(Long customerId) {
        return jdbc.query(OWNED_SELECT + " and c.id = :id", Map.of("id", customerId), PoolStore::owned).stream().findFirst();
    }

    // ---- settings

    record Settings(PoolLimits limits, long version) {
    }

    Settings settings(Long storeId) {
        return jdbc.query("select * from customer_pool_settings where store_id = :store", Map.of("store", storeId),
                (rs, n) -> new Settings(new PoolLimits(rs.getInt("max_owned"), rs.getInt("max_claims_per_day"),
                        rs.getInt("cooldown_days")), rs.getLong("version")))
                .stream().findFirst().orElse(new Settings(PoolRules.DEFAULT_LIMITS, 0));
    }

    /** Rules of each grade of the store; grades without a stored rule get the built-in one. */
    Map<String, PoolRule> rules(Long storeId) {
        Map<String, PoolRule> rules = new LinkedHashMap<>();
        for (String grade : List.of("A", "B", "C", PoolRule.UNGRADED)) {
            rules.put(grade, PoolRules.DEFAULT_RULES.get(grade));
        }
        jdbc.query("select * from customer_pool_rule where store_id = :store", Map.of("store", storeId), rs -> {
            String grade = rs.getString("grade");
            rules.put(grade, new PoolRule(grade, rs.getInt("days_without_contact"), rs.getInt("days_without_deal"),
                    rs.getInt("reminder_days")));
        });
        return rules;
    }

    Map<Long, Map<String, PoolRule>> rulesOf(Collection<Long> storeIds) {
        Map<Long, Map<String, PoolRule>> all = new HashMap<>();
        storeIds.forEach(id -> all.put(id, rules(id)));
        return all;
    }

    /** Saves limits and rules if nobody saved them since {@code expectedVersion}. */
    void saveSettings(Long storeId, PoolLimits limits, List<PoolRule> rules, long expectedVersion) {
        MapSqlParameterSource p = new MapSqlParameterSource("store", storeId).addValue("owned", limits.maxOwned())
                .addValue("claims", limits.maxClaimsPerDay()).addValue("cooldown", limits.cooldownDays())
                .addValue("version", expectedVersion);
        int updated = jdbc.update("update customer_pool_settings set max_owned = :owned, max_claims_per_day = :claims,"
                + " cooldown_days = :cooldown, version = version + 1 where store_id = :store and version = :version", p);
        if (updated == 0) {
            if (expectedVersion != 0 || settingsExist(storeId)) {
                throw new ConcurrentChangeException();
            }
            try {
                jdbc.update("insert into customer_pool_settings (store_id, max_owned, max_claims_per_day, cooldown_days, version)"
                        + " values (:store, :owned, :claims, :cooldown, 1)", p);
            } catch (DuplicateKeyException e) {
                throw new ConcurrentChangeException();
            }
        }
        jdbc.update("delete from customer_pool_rule where store_id = :store", Map.of("store", storeId));
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (PoolRule r : rules) {
            rows.add(new MapSqlParameterSource("store", storeId).addValue("grade", r.grade())
                    .addValue("contact", r.daysWithoutContact()).addValue("deal", r.daysWithoutDeal())
                    .addValue("reminder", r.reminderDays()));
        }
        jdbc.batchUpdate("insert into customer_pool_rule (store_id, grade, days_without_contact, days_without_deal, reminder_days)"
                + " values (:store, :grade, :contact, :deal, :reminder)", rows.toArray(new MapSqlParameterSource[0]));
    }

    private boolean settingsExist(Long storeId) {
        return jdbc.queryForObject("select count(*) from customer_pool_settings where store_id = :store",
                Map.of("store", storeId), Long.class) > 0;
    }
}
