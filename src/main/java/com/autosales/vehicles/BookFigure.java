package com.autosales.vehicles;

import com.autosales.shared.Money;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A figure of the stock book: a number of vehicles and their purchase cost ({@code null} for readers who may not see it). */
record BookFigure(long units, @JsonInclude(JsonInclude.Include.NON_NULL) Money cost) {

    static final BookFigure ZERO = new BookFigure(0, Money.ZERO);

    BookFigure plus(BookFigure other) {
        return new BookFigure(units + other.units, cost == null || other.cost == null ? null : cost.plus(other.cost));
    }

    BookFigure negate() {
        return new BookFigure(-units, cost == null ? null : Money.ZERO.minus(cost));
    }

    /** The same figure for this reader: without the cost unless they may see costs. */
    BookFigure shownTo(boolean withCost) {
        return withCost ? this : new BookFigure(units, null);
    }
}
