package com.autosales.vehicles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Reserving a vehicle for a contract (or, until contracts exist, a customer's order reference), or releasing it. */
record ReservationForm(@NotBlank @Size(max = 60) String contractRef, @Size(max = 300) String note) {
}
