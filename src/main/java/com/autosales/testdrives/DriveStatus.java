package com.autosales.testdrives;

/** Where a test drive stands. */
public enum DriveStatus {
    BOOKED, IN_PROGRESS, COMPLETED, CANCELLED
}
