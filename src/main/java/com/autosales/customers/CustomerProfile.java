package com.autosales.customers;

import com.autosales.audit.FieldChange;
import com.autosales.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 客户档案卡 — the four parts of a customer's card and its classifications; one row per customer, made on first save. */
@Entity
@Table(name = "customer_profile")
class CustomerProfile {

    @Id
    private Long customerId;

    private String address;
    private String legalPerson;
    private String ownerName;
    private String managerName;
    private LocalDate foundedOn;
    private LocalDate firstTradeOn;
    private String organisationForm;
    private String industry;
    private Money registeredCapital;
    private Money assets;

    private String serviceArea;
    private String salesCapacity;
    @Enumerated(EnumType.STRING)
    private GrowthPotential growthPotential;
    private String businessPhilosophy;
    private Integer staffCount;
    private Money annualRevenue;

    private String salesWithUs;
    private String competitorRelations;
    @Enumerated(EnumType.STRING)
    private CooperationAttitude cooperationAttitude;

    private String currentActivity;
    private String problems;
    private String strengths;
    @Enumerated(EnumType.STRING)
    private CreditStanding creditStanding;
    private String tradingTerms;
    private String pastCreditProblems;

    @Enumerated(EnumType.STRING)
    private TradeStage tradeStage;
    @Enumerated(EnumType.STRING)
    private CustomerNature nature;
    @Enumerated(EnumType.STRING)
    private ChannelType channelType;
    @Enumerated(EnumType.STRING)
    private VolumeClass volumeClass;
    private String region;
    private String routeCode;
    private Integer visitOrder;

    private Instant updatedAt;

    /** Null until first saved, so Spring Data persists rather than merges the new row. */
    @Version
    private Long version;

    protected CustomerProfile() {
    }

    CustomerProfile(Long customerId) {
        this.customerId = customerId;
    }

    /** The version a form shows: -1 while the card has no profile row, so two first saves cannot both win. */
    static long versionOf(CustomerProfile profile) {
        return profile == null || profile.version == null ? -1 : profile.version;
    }

    /** Replaces one section and tells what changed (field {@code profile.<name>}), for the audit trail. */
    List<FieldChange> update(ProfileSection section, Instant now) {
        List<FieldChange> changes = new ArrayList<>();
        if (section instanceof ProfileBasic s) {
            address = track(changes, "address", address, s.address());
            legalPerson = track(changes, "legalPerson", legalPerson, s.legalPerson());
            ownerName = track(changes, "ownerName", ownerName, s.ownerName());
            managerName = track(changes, "managerName", managerName, s.managerName());
            foundedOn = track(changes, "foundedOn", foundedOn, s.foundedOn());
            firstTradeOn = track(changes, "firstTradeOn", firstTradeOn, s.firstTradeOn());
            organisationForm = track(changes, "organisationForm", organisationForm, s.organisationForm());
            industry = track(changes, "industry", industry, s.industry());
            registeredCapital = track(changes, "registeredCapital", registeredCapital, money(s.registeredCapital()));
            assets = track(changes, "assets", assets, money(s.assets()));
        } else if (section instanceof ProfileTraits s) {
            serviceArea = track(changes, "serviceArea", serviceArea, s.serviceArea());
            salesCapacity = track(changes, "salesCapacity", salesCapacity, s.salesCapacity());
            growthPotential = track(changes, "growthPotential", growthPotential, s.growthPotential());
            businessPhilosophy = track(changes, "businessPhilosophy", businessPhilosophy, s.businessPhilosophy());
            staffCount = track(changes, "staffCount", staffCount, s.staffCount());
            annualRevenue = track(changes, "annualRevenue", annualRevenue, money(s.annualRevenue()));
        } else if (section instanceof ProfileBusiness s) {
            salesWithUs = track(changes, "salesWithUs", salesWithUs, s.salesWithUs());
            competitorRelations = track(changes, "competitorRelations", competitorRelations, s.competitorRelations());
            cooperationAttitude = track(changes, "cooperationAttitude", cooperationAttitude, s.cooperationAttitude());
        } else if (section instanceof ProfileTrading s) {
            currentActivity = track(changes, "currentActivity", currentActivity, s.currentActivity());
            problems = track(changes, "problems", problems, s.problems());
            strengths = track(changes, "strengths", strengths, s.strengths());
            creditStanding = track(changes, "creditStanding", creditStanding, s.creditStanding());
            tradingTerms = track(changes, "tradingTerms", tradingTerms, s.tradingTerms());
            pastCreditProblems = track(changes, "pastCreditProblems", pastCreditProblems, s.pastCreditProblems());
        } else if (section instanceof ProfileClassification s) {
            tradeStage = track(changes, "tradeStage", tradeStage, s.tradeStage());
            nature = track(changes, "nature", nature, s.nature());
            channelType = track(changes, "channelType", channelType, s.channelType());
            volumeClass = track(changes, "volumeClass", volumeClass, s.volumeClass());
            region = track(changes, "region", region, s.region());
            routeCode = track(changes, "routeCode", routeCode, s.routeCode());
            visitOrder = track(changes, "visitOrder", visitOrder, s.visitOrder());
        }
        if (!changes.isEmpty()) {
            updatedAt = now;
        }
        return changes;
    }

    private static <T> T track(List<FieldChange> changes, String field, T before, T after) {
        FieldChange change = FieldChange.of("profile." + field, before, after);
        if (change.changed()) {
            changes.add(change);
        }
        return after;
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    ProfileCard card() {
        return new ProfileCard(versionOf(this),
                new ProfileBasic(address, legalPerson, ownerName, managerName, foundedOn, firstTradeOn, organisationForm,
                        industry, amount(registeredCapital), amount(assets)),
                new ProfileTraits(serviceArea, salesCapacity, growthPotential, businessPhilosophy, staffCount,
                        amount(annualRevenue)),
                new ProfileBusiness(salesWithUs, competitorRelations, cooperationAttitude),
                new ProfileTrading(currentActivity, problems, strengths, creditStanding, tradingTerms, pastCreditProblems),
                new ProfileClassification(tradeStage, nature, channelType, volumeClass, region, routeCode, visitOrder));
    }
}
