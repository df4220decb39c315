package com.autosales.vehicles;

/** Whether a colour is the body's (外观色) or the cabin's (内饰色). */
public enum ColourKind {
    EXTERIOR, INTERIOR
}
