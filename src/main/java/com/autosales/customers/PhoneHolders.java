package com.autosales.customers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The import's duplicate check of a whole batch in one query: which of these numbers an active card of the store
 * already has (as its phone, an extra phone or a contact's phone), as (number, customer id) pairs.
 * <p>
 * The numbers are compared one equality each, not as {@code in (…)}: PostgreSQL answers {@code phone in (1,000
 * numbers)} with the phone search's trigram index, which for digits reads nearly all of it (9 s per batch at 55,000
 * customers, bench/README.md), while each single equality is one b-tree lookup (23 ms for the batch).
 */
@Repository
class PhoneHolders {

    private final NamedParameterJdbcTemplate jdbc;

    PhoneHolders(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Object[]> of(Long storeId, Collection<String> phones) {
        MapSqlParameterSource params = new MapSqlParameterSource("storeId", storeId);
        List<String> names = new ArrayList<>();
        for (String phone : phones) {
            String name = "p" + names.size();
            params.addValue(name, phone);
            names.add(name);
        }
        String sql = "select c.phone_normalized, c.id from customer c where c.merged_into_id is null and (c.store_id, c.phone_normalized) in ("
                + join(names, i -> "(:storeId, :" + names.get(i) + ")", ", ") + ")"
                + " union select p.phone_normalized, c.id from customer_phone p join customer c on c.id = p.customer_id"
                + " where c.store_id = :storeId and c.merged_into_id is null and (" + equalities("p.phone_normalized", names) + ")"
                + " union select k.mobile_normalized, c.id from customer_contact k join customer c on c.id = k.customer_id"
                + " where c.store_id = :storeId and c.merged_into_id is null and (" + equalities("k.mobile_normalized", names) + ")"
                + " union select k.office_normalized, c.id from customer_contact k join customer c on c.id = k.customer_id"
                + " where c.store_id = :storeId and c.merged_into_id is null and (" + equalities("k.office_normalized", names) + ")";
        return jdbc.query(sql, params, (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)});
    }

    private static String equalities(String column, List<String> names) {
        return join(names, i -> column + " = :" + names.get(i), " or ");
    }

    private static String join(List<String> names, IntFunction<String> part, String separator) {
        StringJoiner joined = new StringJoiner(separator);
        for (int i = 0; i < names.size(); i++) {
            joined.add(part.apply(i));
        }
        return joined.toString();
    }
}
