package com.autosales.vehicles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A trim's colours and options as typed in the form: colours separated by commas (or 、 or new lines); options one a
 * line, "倒车影像" when included or "全景天窗=6000" with a price.
 */
record OfferForm(@NotBlank @Size(max = 600) String exteriorColours, @NotBlank @Size(max = 300) String interiorColours,
        @Size(max = 2000) String options) {
}
