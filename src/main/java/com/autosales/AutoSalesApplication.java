package com.autosales;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** AutoSales — sales-department management for dealerships and parts distributors. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class AutoSalesApplication {

    public static void main(String[] args) {
        SpringApplication.run(AutoSalesApplication.class, args);
    }
}
