package com.autosales.vehicles;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One trim and colour combination of a factory order: what the suggestion rested on (sales in the window, units in
 * stock, units ordered or on their way), the suggestion, and the quantity the clerk orders.
 */
@Entity
@Table(name = "factory_order_line")
class FactoryOrderLine {

    static final int MAX_QUANTITY = 999;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trimId;
    private String exteriorColour;
    private String interiorColour;
    private int soldRecently;
    private int inStock;
    private int pipeline;
    private int suggested;
    private int quantity;
    private String note;

    protected FactoryOrderLine() {
    }

    FactoryOrderLine(OrderBasis basis, int quantity) {
        this.trimId = basis.trimId();
        this.exteriorColour = basis.exteriorColour();
        this.interiorColour = basis.interiorColour();
        refresh(basis);
        this.quantity = quantity;
    }

    /** Newer figures for the same combination; the quantity the clerk chose stays. */
    void refresh(OrderBasis basis) {
        soldRecently = basis.soldRecently();
        inStock = basis.inStock();
        pipeline = basis.pipeline();
        suggested = basis.suggested();
    }

    void order(int newQuantity, String newNote) {
        quantity = newQuantity;
        note = newNote;
    }

    boolean sameCombination(Long otherTrimId, String exterior, String interior) {
        return trimId.equals(otherTrimId) && exteriorColour.equals(exterior) && interiorColour.equals(interior);
    }

    Long id() { return id; }
    Long trimId() { return trimId; }
    String exteriorColour() { return exteriorColour; }
    String interiorColour() { return interiorColour; }
    int soldRecently() { return soldRecently; }
    int inStock() { return inStock; }
    int pipeline() { return pipeline; }
    int suggested() { return suggested; }
    int quantity() { return quantity; }
    String note() { return note; }
}
