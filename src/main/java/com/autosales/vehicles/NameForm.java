package com.autosales.vehicles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new brand ({@code parentId} empty) or series of a brand: Chinese name, optional English name. */
record NameForm(Long parentId, @NotBlank @Size(max = 60) String nameZh, @Size(max = 60) String nameEn) {
}
