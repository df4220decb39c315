package com.autosales.demo;

import com.autosales.customers.AddressForm;
import com.autosales.customers.AddressLabel;
import com.autosales.customers.CustomerContactBook;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Default addresses for the demo store's customers, entered by the sales manager, so the customer composition's
 * region mix has regions. With the sales history only: tests keep the cards without addresses they were written for.
 */
@Component
@ConditionalOnProperty(name = "autosales.demo.history", havingValue = "true", matchIfMissing = true)
class DemoCustomerAddresses {

    private static final List<String> ADDRESSES = List.of("上海市浦东新区张杨路 1888 号", "上海市闵行区七莘路 3058 弄 12 号",
            "江苏省苏州市工业园区星湖街 328 号", "上海市浦东新区川沙路 5558 号", "浙江省嘉兴市南湖区中环南路 1200 号",
            "上海市徐汇区漕溪北路 88 号", "江苏省南通市崇川区工农路 111 号", "上海市浦东新区外高桥富特北路 211 号",
            "浙江省杭州市滨江区江南大道 3900 号", "上海市松江区人民北路 2288 号", "上海市浦东新区航头镇沪南公路 6900 号");

    private final CustomerContactBook contacts;
    private final UserDetailsService users;

    DemoCustomerAddresses(CustomerContactBook contacts, UserDetailsService users) {
        this.contacts = contacts;
        this.users = users;
    }

    void create(Map<Long, List<Long>> customersByOwner, List<Long> owners) {
        DemoSignIn.as(users, "salesmanager", () -> {
            int i = 0;
            for (Long owner : owners) {
                for (Long customer : customersByOwner.getOrDefault(owner, List.of())) {
                    String address = ADDRESSES.get(i++ % ADDRESSES.size());
                    contacts.saveAddress(customer, null, new AddressForm(i % 3 == 0 ? AddressLabel.OFFICE : AddressLabel.HOME,
                            address, null, true, null));
                }
            }
        });
    }
}
