package com.autosales.org;

/** 在职 / 休假 / 离职. */
public enum EmployeeStatus { ACTIVE, ON_LEAVE, LEFT }
