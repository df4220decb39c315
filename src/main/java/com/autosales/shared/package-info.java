/** Shared kernel: money and other value types, domain errors, web and i18n support. No business rules. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.autosales.shared;
