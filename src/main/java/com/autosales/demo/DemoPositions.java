package com.autosales.demo;

import com.autosales.org.OrgSetup;
import com.autosales.org.StoreType;

/** The positions of SPEC §1, for the 4S store and for the distributor. */
final class DemoPositions {

    private DemoPositions() {
    }

    static void create(OrgSetup org) {
        org.createPosition("gm", "总经理", "General manager", StoreType.DEALERSHIP, 1, null);
        org.createPosition("sales-manager", "销售经理", "Sales manager", StoreType.DEALERSHIP, 2, "gm");
        org.createPosition("sales-consultant", "销售顾问", "Sales consultant", StoreType.DEALERSHIP, 4, "sales-manager");
        org.createPosition("sales-clerk", "销售信息员", "Sales information clerk", StoreType.DEALERSHIP, 4, "sales-manager");
        org.createPosition("finance-specialist", "分期专员", "Installment specialist", StoreType.DEALERSHIP, 4, "gm");
        org.createPosition("parts-planner", "配件计划员", "Parts planner", StoreType.DEALERSHIP, 4, "gm");
        org.createPosition("service-receptionist", "服务顾问", "Service receptionist", StoreType.DEALERSHIP, 4, "gm");
        org.createPosition("cs-specialist", "客服专员", "Customer-service specialist", StoreType.DEALERSHIP, 4, "gm");
        org.createPosition("sales-director", "销售总监", "Sales director", StoreType.DISTRIBUTOR, 1, null);
        org.createPosition("regional-manager", "区域销售经理", "Regional sales manager", StoreType.DISTRIBUTOR, 2, "sales-director");
        org.createPosition("product-rep", "产品销售代表", "Product sales representative", StoreType.DISTRIBUTOR, 4, "regional-manager");
        org.createPosition("support-specialist", "客户支持专员", "Customer-support specialist", StoreType.DISTRIBUTOR, 4, "sales-director");
        org.createPosition("aftersales-coordinator", "售后服务协调员", "After-sales coordinator", StoreType.DISTRIBUTOR, 4, "sales-director");
        org.createPosition("area-manager", "分区经理", "Area manager", StoreType.DISTRIBUTOR, 2, "sales-director");
        org.createPosition("district-manager", "片区经理", "District manager", StoreType.DISTRIBUTOR, 3, "area-manager");
        org.createPosition("territory-rep", "小区业务", "Territory representative", StoreType.DISTRIBUTOR, 4, "district-manager");
        org.createPosition("delivery-staff", "配送人员", "Delivery staff", StoreType.DISTRIBUTOR, 5, "district-manager");
    }
}
