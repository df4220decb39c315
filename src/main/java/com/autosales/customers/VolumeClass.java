package com.autosales.customers;

/** 客户规模 — key (主力), ordinary (一般) or scattered (零散) customer by volume. */
public enum VolumeClass {
    KEY, ORDINARY, SCATTERED
}
