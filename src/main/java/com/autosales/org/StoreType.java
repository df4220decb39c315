package com.autosales.org;

/** 4S store (整车销售服务店) or auto-parts distributor (配件经销商). */
public enum StoreType { DEALERSHIP, DISTRIBUTOR }
