package com.autosales.vehicles;

import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.shared.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns factory orders into what readers see: trim labels in their language, store names, costs only if allowed. */
@Component
class FactoryOrderViews {

    private final VehicleCatalogue catalogue;
    private final FactoryOrderCosts costs;
    private final CostVisibility costVisibility;
    private final OrgDirectory org;

    FactoryOrderViews(VehicleCatalogue catalogue, FactoryOrderCosts costs, CostVisibility costVisibility, OrgDirectory org) {
        this.catalogue = catalogue;
        this.costs = costs;
        this.costVisibility = costVisibility;
        this.org = org;
    }

    FactoryOrderView of(FactoryOrder order) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> labels = catalogue.allTrims(locale).stream()
                .collect(Collectors.toMap(TrimSummary::id, TrimSummary::label));
        boolean withCost = costVisibility.readerMaySeeCost();
        List<FactoryOrderView.Line> lines = order.lines().stream()
                .map(l -> line(order, l, labels.getOrDefault(l.trimId(), "#" + l.trimId()), withCost))
                .sorted(Comparator.comparing(FactoryOrderView.Line::trim).thenComparing(FactoryOrderView.Line::exteriorColour)
                        .thenComparing(FactoryOrderView.Line::interiorColour))
                .toList();
        return view(order, withCost ? totalOf(lines) : null, lines);
    }

    /** The cost of every unit ordered, from the lines' own costs; none when a line with units has no price. */
    private static Money totalOf(List<FactoryOrderView.Line> lines) {
        Money total = Money.ZERO;
        for (FactoryOrderView.Line line : lines) {
            if (line.quantity() > 0) {
                if (line.lineCost() == null) {
                    return null;
                }
                total = total.plus(line.lineCost());
            }
        }
        return total;
    }

    /** The list's rows: totals without lines and costs. */
    FactoryOrderView summary(FactoryOrder order) {
        return view(order, null, List.of());
    }

    private FactoryOrderView view(FactoryOrder order, Money totalCost, List<FactoryOrderView.Line> lines) {
        return new FactoryOrderView(order.id(), order.orderNo(), order.storeId(), storeName(order.storeId()),
                order.month(), order.status(), order.salesWindow().from(), order.salesWindow().to(),
                order.draftedByName(), order.createdAt(), order.updatedAt(), order.submittedAt(), order.decidedAt(),
                order.returnComment(), order.confirmedBy(), order.confirmedAt(), order.totalUnits(),
                order.lines().stream().mapToInt(FactoryOrderLine::suggested).sum(), totalCost, lines, order.version());
    }

    private FactoryOrderView.Line line(FactoryOrder order, FactoryOrderLine l, String label, boolean withCost) {
        Money unit = withCost ? costs.unitCost(order, l.trimId()).orElse(null) : null;
        return new FactoryOrderView.Line(l.id(), l.trimId(), label, l.exteriorColour(), l.interiorColour(),
                l.soldRecently(), l.inStock(), l.pipeline(), l.suggested(), l.quantity(), l.note(), unit,
                unit == null ? null : unit.times(BigDecimal.valueOf(l.quantity())));
    }

    private String storeName(Long storeId) {
        return org.unit(storeId).map(UnitView::name).orElse("#" + storeId);
    }
}
