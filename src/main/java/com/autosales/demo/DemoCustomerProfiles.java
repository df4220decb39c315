package com.autosales.demo;

import com.autosales.customers.ChannelType;
import com.autosales.customers.CooperationAttitude;
import com.autosales.customers.CreditStanding;
import com.autosales.customers.CustomerNature;
import com.autosales.customers.CustomerProfiles;
import com.autosales.customers.GrowthPotential;
import com.autosales.customers.ProfileBasic;
import com.autosales.customers.ProfileBusiness;
import com.autosales.customers.ProfileClassification;
import com.autosales.customers.ProfileSection;
import com.autosales.customers.ProfileTrading;
import com.autosales.customers.ProfileTraits;
import com.autosales.customers.TradeStage;
import com.autosales.customers.VolumeClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Card sections and classifications for a few demo customers (fleet buyers, distributor trade customers). */
@Component
class DemoCustomerProfiles {

    private final CustomerProfiles profiles;
    private final JdbcTemplate jdbc;

    DemoCustomerProfiles(CustomerProfiles profiles, JdbcTemplate jdbc) {
        this.profiles = profiles;
        this.jdbc = jdbc;
    }

    void create() {
        fill("上海浦东新区交通运输公司",
                new ProfileBasic("上海市浦东新区张杨路 1888 号", "陈国栋", null, "马振华（车队经理）", LocalDate.of(1998, 6, 18),
                        LocalDate.of(2021, 4, 2), "国有独资公司", "道路客货运输", new BigDecimal("50000000"), new BigDecimal("320000000")),
                new ProfileTraits("浦东新区公交及通勤班车", "年采购商务车约 40 台", GrowthPotential.MEDIUM,
                        "安全第一、成本可控，重视售后响应", 860, new BigDecimal("410000000")),
                new ProfileBusiness("2021 年起每年采购商务车 10–15 台，并签订保养协议", "同时与两家合资品牌经销商保持联系",
                        CooperationAttitude.POSITIVE),
                new ProfileTrading("2026 年度车辆更新招标进行中", "审批流程长，付款周期约 90 天", "采购量稳定，付款可靠",
                        CreditStanding.GOOD, "验收后 90 天付款，含首年保养", null),
                new ProfileClassification(TradeStage.TRADING, CustomerNature.GOVERNMENT, null, VolumeClass.KEY,
                        "浦东", "PD-01", 1));
        fill("浦江物流有限公司",
                new ProfileBasic("上海市浦东新区外高桥港区 66 号", "沈建明", "沈建明", "徐莉", LocalDate.of(2012, 3, 5),
                        null, "有限责任公司", "仓储物流", new BigDecimal("10000000"), null),
                new ProfileTraits("长三角城际配送", "自有轻型货车 60 台", GrowthPotential.HIGH, "快速扩张，重视车辆残值", 210,
                        new BigDecimal("85000000")),
                new ProfileBusiness("已试驾两款轻型商用车，尚未成交", "现有车队多为竞品品牌", CooperationAttitude.NEUTRAL),
                new ProfileTrading("询价 10 台轻客，比较金融方案", "对价格敏感", "扩张快、潜在采购量大", CreditStanding.NORMAL,
                        "希望分期付款", null),
                new ProfileClassification(TradeStage.ABOUT_TO_TRADE, CustomerNature.ORDINARY_COMPANY, null,
                        VolumeClass.ORDINARY, "浦东", "PD-01", 2));
        fill("苏州顺达汽配批发部",
                new ProfileBasic("苏州市姑苏区汽配城 A 区 12 号", "顾德顺", "顾德顺", null, LocalDate.of(2008, 9, 1),
                        LocalDate.of(2015, 5, 20), "个体工商户", "汽车配件批发", null, null),
                new ProfileTraits("苏州市区及周边县市修理厂", "月进货约 40 万元", GrowthPotential.MEDIUM, "薄利多销", 18,
                        new BigDecimal("6000000")),
                new ProfileBusiness("十年合作，滤清器、刹车片为主", "少量从竞品经销商补货", CooperationAttitude.POSITIVE),
                new ProfileTrading("每周两次配送", "旺季偶有断货", "渠道覆盖广", CreditStanding.GOOD, "月结 30 天", "2019 年曾逾期一次，已结清"),
                new ProfileClassification(TradeStage.TRADING, CustomerNature.TRADE_PARTNER, ChannelType.WHOLESALER,
                        VolumeClass.KEY, "苏州", "SZ-01", 1));
        fill("无锡快修连锁",
                null, null, null, null,
                new ProfileClassification(TradeStage.TRADING, CustomerNature.TRADE_PARTNER, ChannelType.CHAIN,
                        VolumeClass.ORDINARY, "无锡", "WX-01", 1));
        fill("南通车之家汽修厂",
                null, null, null, null,
                new ProfileClassification(TradeStage.PAST, CustomerNature.ORDINARY_COMPANY, ChannelType.RETAILER,
                        VolumeClass.SCATTERED, "南通", "NT-02", 3));
        fill("刘建华", null, null, null, null,
                new ProfileClassification(TradeStage.PAST, CustomerNature.INDIVIDUAL, null, VolumeClass.SCATTERED,
                        null, null, null));
    }

    private void fill(String customerName, ProfileBasic basic, ProfileTraits traits, ProfileBusiness business,
            ProfileTrading trading, ProfileClassification classification) {
        // runs right after the demo customers are registered on an empty database, so the names are unique
        Long id = jdbc.queryForObject("select id from customer where name = ?", Long.class, customerName);
        profiles.recordFor(id, Stream.of(basic, traits, business, trading, classification)
                .filter(Objects::nonNull).toArray(ProfileSection[]::new));
    }
}
