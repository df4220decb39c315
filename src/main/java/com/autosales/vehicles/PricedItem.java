package com.autosales.vehicles;

/** What a catalogue price row prices: a trim (its MSRP 指导价) or an accessory package. */
enum PricedItem {
    TRIM, PACKAGE
}
