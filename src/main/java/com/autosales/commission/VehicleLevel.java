package com.autosales.commission;

/** How narrowly a per-unit rule picks cars from the catalogue. */
public enum VehicleLevel {
    SERIES, MODEL, TRIM
}
