package com.autosales.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.autosales.customers.CustomerDetails;
import com.autosales.customers.CustomerKind;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.Grade;
import com.autosales.customers.Lifecycle;
import org.springframework.stereotype.Component;

/** A handful of customers per demo consultant, and trade customers for the distributor. */
@Component
class DemoCustomers {

    private final CustomerManagement customers;

    DemoCustomers(CustomerManagement customers) {
        this.customers = customers;
    }

    /** The customer cards of each owner, in the order created. */
    private final Map<Long, List<Long>> byOwner = new LinkedHashMap<>();

    Map<Long, List<Long>> create(Long store, Long consultant1, Long consultant2, Long distributor, Long director) {
        person(store, consultant1, "王芳", "13912340001", Lifecycle.POTENTIAL, Grade.B);
        person(store, consultant1, "李娜", "13912340002", Lifecycle.NEW, Grade.A);
        person(store, consultant1, "张磊", "13912340003", Lifecycle.POTENTIAL, Grade.C);
        person(store, consultant1, "刘建华", "13912340004", Lifecycle.OLD, Grade.A);
        person(store, consultant1, "陈晓东", "13912340005", Lifecycle.POTENTIAL, null);
        person(store, consultant1, "杨丽", "13912340006", Lifecycle.NEW, Grade.B);
        person(store, consultant2, "黄志强", "13712340011", Lifecycle.POTENTIAL, Grade.B);
        person(store, consultant2, "周敏", "13712340012", Lifecycle.OLD, Grade.A);
        person(store, consultant2, "吴刚", "13712340013", Lifecycle.POTENTIAL, Grade.C);
        company(store, consultant2, "上海浦东新区交通运输公司", "021-58881234", Lifecycle.NEW, Grade.A);
        company(store, consultant2, "浦江物流有限公司", "021-58885678", Lifecycle.POTENTIAL, Grade.B);
        company(distributor, director, "苏州顺达汽配批发部", "0512-66881234", Lifecycle.OLD, Grade.A);
        company(distributor, director, "无锡快修连锁", "0510-82223344", Lifecycle.NEW, Grade.B);
        company(distributor, director, "南通车之家汽修厂", "0513-85556677", Lifecycle.POTENTIAL, Grade.C);
        return Map.copyOf(byOwner);
    }

    private void person(Long store, Long owner, String name, String phone, Lifecycle lifecycle, Grade grade) {
        byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(
                customers.registerFor(store, owner, new CustomerDetails(CustomerKind.INDIVIDUAL, name, phone, lifecycle, grade)));
    }

    private void company(Long store, Long owner, String name, String phone, Lifecycle lifecycle, Grade grade) {
        byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(
                customers.registerFor(store, owner, new CustomerDetails(CustomerKind.ORGANISATION, name, phone, lifecycle, grade)));
    }
}
