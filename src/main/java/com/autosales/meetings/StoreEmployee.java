package com.autosales.meetings;

/** Someone of the store who can be invited, pre-ticked when they belong to the sales department. */
public record StoreEmployee(Long id, String name, String positionName, boolean salesDepartment) {
}
