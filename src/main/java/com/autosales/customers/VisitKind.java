package com.autosales.customers;

/** How a rep was in touch with a customer: on-site visit, phone call, in the showroom, online. */
public enum VisitKind {
    ON_SITE, PHONE, SHOWROOM, ONLINE
}
