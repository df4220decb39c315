package com.autosales.vehicles;

import java.util.EnumMap;
import java.util.Map;

/** Adds up one model's stock book (or the total of many): the opening and the documents of the period by kind. */
final class BookTally {

    private BookFigure opening = BookFigure.ZERO;
    private final Map<BookKind, BookFigure> kinds = new EnumMap<>(BookKind.class);
    private BookFigure onBookNow;

    BookTally() {
        for (BookKind kind : BookKind.values()) {
            kinds.put(kind, BookFigure.ZERO);
        }
    }

    /** A document before the period: it moves the opening. */
    void before(BookKind kind, BookFigure figure) {
        opening = opening.plus(kind.inbound() ? figure : figure.negate());
    }

    /** A document of the period. */
    void during(BookKind kind, BookFigure figure) {
        kinds.merge(kind, figure, BookFigure::plus);
    }

    void onBookNow(BookFigure figure) {
        onBookNow = figure;
    }

    void add(BookTally other) {
        opening = opening.plus(other.opening);
        other.kinds.forEach((kind, figure) -> kinds.merge(kind, figure, BookFigure::plus));
        if (other.onBookNow != null) {
            onBookNow = onBookNow == null ? other.onBookNow : onBookNow.plus(other.onBookNow);
        }
    }

    BookFigure inbound() {
        return BookKind.inbounds().stream().map(kinds::get).reduce(BookFigure.ZERO, BookFigure::plus);
    }

    BookFigure outbound() {
        return BookKind.outbounds().stream().map(kinds::get).reduce(BookFigure.ZERO, BookFigure::plus);
    }

    BookFigure closing() {
        return opening.plus(inbound()).plus(outbound().negate());
    }

    /** Nothing to show: no opening, no document, nothing on the book. */
    boolean isEmpty() {
        return opening.units() == 0 && inbound().units() == 0 && outbound().units() == 0
                && (onBookNow == null || onBookNow.units() == 0);
    }

    /**
     * The line as a reader sees it; {@code reconciling}: the period reaches today, so a model with nothing on the book
     * now shows 0 there.
     */
    StockBook.Row row(Long modelId, String model, boolean withCost, boolean reconciling) {
        Map<BookKind, BookFigure> shown = new EnumMap<>(BookKind.class);
        kinds.forEach((kind, figure) -> shown.put(kind, figure.shownTo(withCost)));
        BookFigure now = reconciling ? (onBookNow == null ? BookFigure.ZERO : onBookNow) : null;
        BookFigure closing = closing();
        return new StockBook.Row(modelId, model, opening.shownTo(withCost), shown, inbound().shownTo(withCost),
                outbound().shownTo(withCost), closing.shownTo(withCost), now == null ? null : now.shownTo(withCost),
                now != null && now.units() != closing.units());
    }
}
