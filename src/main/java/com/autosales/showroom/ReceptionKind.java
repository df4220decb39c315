package com.autosales.showroom;

/** 来店 (a visit to the showroom) or 来电 (a phone call). */
public enum ReceptionKind { VISIT, CALL }
