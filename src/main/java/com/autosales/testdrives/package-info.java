/**
 * 试乘试驾 — test drives: a small per-store demo fleet, bookings in time slots that the database refuses to
 * book twice, the checks before a drive starts, and the feedback after it (published as {@link com.autosales.testdrives.TestDriveCompleted}).
 */
package com.autosales.testdrives;
