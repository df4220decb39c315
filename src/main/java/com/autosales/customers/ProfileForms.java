package com.autosales.customers;

import java.util.List;
import java.util.Map;

/** How each card section is laid out: its fields in order, each with an input kind and, for selects, its values. */
final class ProfileForms {

    /** One input; {@code kind} is text, area, date, money, number or select. */
    record Field(String name, String kind, int maxLength, List<? extends Enum<?>> options) {
    }

    record Section(String key, List<Field> fields) {
    }

    private static Field text(String name, int max) {
        return new Field(name, "text", max, List.of());
    }

    private static Field area(String name) {
        return new Field(name, "area", 500, List.of());
    }

    private static Field of(String name, String kind) {
        return new Field(name, kind, 0, List.of());
    }

    private static Field select(String name, Enum<?>[] values) {
        return new Field(name, "select", 0, List.of(values));
    }

    static final List<Section> SECTIONS = List.of(
            new Section(ProfileBasic.KEY, List.of(text("address", 200), text("legalPerson", 100),
                    text("ownerName", 100), text("managerName", 100), of("foundedOn", "date"),
                    of("firstTradeOn", "date"), text("organisationForm", 100), text("industry", 100),
                    of("registeredCapital", "money"), of("assets", "money"))),
            new Section(ProfileTraits.KEY, List.of(text("serviceArea", 200), text("salesCapacity", 200),
                    select("growthPotential", GrowthPotential.values()), area("businessPhilosophy"),
                    of("staffCount", "number"), of("annualRevenue", "money"))),
            new Section(ProfileBusiness.KEY, List.of(area("salesWithUs"), area("competitorRelations"),
                    select("cooperationAttitude", CooperationAttitude.values()))),
            new Section(ProfileTrading.KEY, List.of(area("currentActivity"), area("problems"), area("strengths"),
                    select("creditStanding", CreditStanding.values()), area("tradingTerms"),
                    area("pastCreditProblems"))),
            new Section(ProfileClassification.KEY, List.of(select("tradeStage", TradeStage.values()),
                    select("nature", CustomerNature.values()), select("channelType", ChannelType.values()),
                    select("volumeClass", VolumeClass.values()), text("region", 100), text("routeCode", 30),
                    of("visitOrder", "number"))));

    private static final Map<String, Section> BY_KEY = Map.of(
            SECTIONS.get(0).key(), SECTIONS.get(0), SECTIONS.get(1).key(), SECTIONS.get(1),
            SECTIONS.get(2).key(), SECTIONS.get(2), SECTIONS.get(3).key(), SECTIONS.get(3),
            SECTIONS.get(4).key(), SECTIONS.get(4));

    static Section of(String key) {
        return BY_KEY.get(key);
    }

    private ProfileForms() {
    }
}
