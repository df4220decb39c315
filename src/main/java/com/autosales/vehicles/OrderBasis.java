package com.autosales.vehicles;

/**
 * What a factory order line's suggestion rests on, for one trim and colours of a store: units sold in the last three
 * full months, units in stock (unreserved), units ordered or in transit, and the suggested quantity from them.
 */
record OrderBasis(Long trimId, String exteriorColour, String interiorColour, int soldRecently, int inStock,
        int pipeline, int suggested) {

    static OrderBasis of(Long trimId, String exterior, String interior, int sold, int inStock, int pipeline) {
        return new OrderBasis(trimId, exterior, interior, sold, inStock, pipeline,
                OrderSuggestion.quantity(sold, inStock, pipeline));
    }
}
