package com.autosales.testdrives;

/** A demo car as the fleet list and the calendar show it. */
public record CarView(Long id, Long storeId, String modelName, String plate, String vin, String colour, boolean active) {

    public String label() {
        return modelName + " · " + plate;
    }
}
