package com.autosales.org;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One unit of the org chart with its people and sub-units. {@code headcount} counts the people in
 * the unit and below it who have not left; the planned headcount (编制) covers the same span.
 */
public record OrgChartNode(Long id, Long parentId, UnitKind kind, StoreType storeType, String code, String name,
        OrganisedBy organisedBy, Integer plannedHeadcount, int headcount, int depth, List<ChartPerson> people,
        List<OrgChartNode> children) {

    /** Open positions: planned minus actual, never negative (0 when nothing is planned). */
    @JsonProperty("vacancies")
    public int vacancies() {
        return plannedHeadcount == null ? 0 : Math.max(0, plannedHeadcount - headcount);
    }

    /** People beyond the planned headcount (超编). */
    @JsonProperty("overPlan")
    public int overPlan() {
        return plannedHeadcount == null ? 0 : Math.max(0, headcount - plannedHeadcount);
    }

    /** A person on the chart: who, in which position. */
    public record ChartPerson(Long id, String name, String positionName, EmployeeStatus status) {
    }
}
