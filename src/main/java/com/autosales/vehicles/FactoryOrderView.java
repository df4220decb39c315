package com.autosales.vehicles;

import com.autosales.shared.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A factory order as readers see it. Costs are {@code null} (left out of JSON) for readers who may not see costs, and
 * when a trim has no catalogue price for the month.
 *
 * @param salesFrom first day of the sales window behind the suggestions; {@code salesTo} its last day
 * @param returnComment the approver's comment when the order was returned
 */
public record FactoryOrderView(Long id, String orderNo, Long storeId, String storeName, YearMonth month,
        FactoryOrderStatus status, LocalDate salesFrom, LocalDate salesTo, String draftedBy, Instant createdAt,
        Instant updatedAt, Instant submittedAt, Instant decidedAt, String returnComment, String confirmedBy,
        Instant confirmedAt, int totalUnits, int totalSuggested, @JsonInclude(JsonInclude.Include.NON_NULL) Money totalCost,
        List<Line> lines, long version) {

    /** One trim and colours: the figures behind the suggestion, the suggestion and the quantity ordered. */
    public record Line(Long id, Long trimId, String trim, String exteriorColour, String interiorColour,
            int soldRecently, int inStock, int pipeline, int suggested, int quantity, String note,
            @JsonInclude(JsonInclude.Include.NON_NULL) Money unitCost,
            @JsonInclude(JsonInclude.Include.NON_NULL) Money lineCost) {
    }

    public boolean editable() {
        return status.editable();
    }
}
