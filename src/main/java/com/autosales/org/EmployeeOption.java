package com.autosales.org;

/** An employee in a select list: name, position and unit. */
public record EmployeeOption(Long id, String name, String positionName, String unitName) {

    public String label() {
        return name + (positionName == null ? "" : "（" + positionName + "）") + (unitName == null ? "" : " · " + unitName);
    }
}
