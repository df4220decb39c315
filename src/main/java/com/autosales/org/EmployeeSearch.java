package com.autosales.org;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The staff list's filters as a query; a missing filter does not narrow. */
final class EmployeeSearch {

    private EmployeeSearch() {
    }

    static Specification<Employee> matching(String text, Collection<Long> unitIds, Long positionId, EmployeeStatus status) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String term = "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("name")), term), cb.like(cb.lower(root.get("employeeNo")), term),
                        cb.like(root.get("phone"), term)));
            }
            if (unitIds != null) {
                where.add(root.get("unitId").in(unitIds));
            }
            if (positionId != null) {
                where.add(cb.equal(root.get("positionId"), positionId));
            }
            where.add(status == null ? cb.notEqual(root.get("status"), EmployeeStatus.LEFT) : cb.equal(root.get("status"), status));
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
