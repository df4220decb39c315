package com.autosales.org;

/** Level of an organisation unit: 集团, 门店, 部门, 小组, 销售区域. */
public enum UnitKind { GROUP, STORE, DEPARTMENT, TEAM, REGION }
