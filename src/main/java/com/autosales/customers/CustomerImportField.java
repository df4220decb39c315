package com.autosales.customers;

/** The columns an import file may have, in the template's order; the label is the card's own field label. */
enum CustomerImportField {
    NAME("customer.name", true),
    KIND("customer.kind", false),
    PHONE("customer.phone", false),
    LIFECYCLE("customer.lifecycle", false),
    GRADE("customer.grade", false),
    OWNER("customer.owner", false);

    private final String labelKey;
    private final boolean required;

    CustomerImportField(String labelKey, boolean required) {
        this.labelKey = labelKey;
        this.required = required;
    }

    public String labelKey() {
        return labelKey;
    }

    public boolean required() {
        return required;
    }

    /** Key of the explanation of this column on the template's second sheet. */
    String helpKey() {
        return "customer.import.help." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
