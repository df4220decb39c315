package com.autosales.demo;

import com.autosales.vehicles.CatalogueSetup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo catalogue: 大众 (途观L, 帕萨特, 朗逸, ID.4 X) and 丰田 (凯美瑞, 汉兰达) with two trims each, MSRP and cost in
 * CNY valid since a year ago, colours, options, accessory packages per series, and one price cut (ID.4 X, 60 days ago).
 * Answers the trim ids by name for the demo stock.
 */
@Component
class DemoCatalogue {

    private static final List<String> VW_PACKAGES = List.of("贴膜套装|前挡隔热膜+侧后窗膜|3980|1600",
            "脚垫+行车记录仪|全包围脚垫、前后双录记录仪|1680|720", "迎宾踏板套装|不锈钢迎宾踏板、后备箱垫|1280|480");
    private static final List<String> TOYOTA_PACKAGES = List.of("贴膜套装|前挡隔热膜+侧后窗膜|3680|1500",
            "脚垫+行车记录仪|全包围脚垫、前后双录记录仪|1580|680");

    private final CatalogueSetup catalogue;
    private final Clock clock;

    DemoCatalogue(CatalogueSetup catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Creates the catalogue; the trim ids by short name ("tiguan-2wd", …). */
    Map<String, Long> create() {
        LocalDate since = LocalDate.now(clock).minusDays(365);
        Long vw = catalogue.brand("大众", "Volkswagen");
        Long tiguan = series(vw, "途观L", "Tiguan L", VW_PACKAGES, since);
        Long tiguanModel = catalogue.model(tiguan, "2025款 330TSI", 2025);
        String tiguanColours = "珍珠白、极地白、曜石黑、星空蓝、钛金灰";
        Long tiguan2wd = catalogue.trim(tiguanModel, "两驱智享版", tiguanColours, "黑色、棕色",
                List.of("IQ.Drive 驾驶辅助", "12英寸中控屏", "全景天窗=6000"), 219_900, 196_000, since);
        Long tiguan4wd = catalogue.trim(tiguanModel, "四驱R-Line越享版", tiguanColours, "黑色、棕色",
                List.of("IQ.Drive 驾驶辅助", "全景天窗", "20英寸轮毂", "哈曼卡顿音响=8000"), 269_900, 241_000, since);

        Long passat = series(vw, "帕萨特", "Passat", VW_PACKAGES, since);
        Long passatModel = catalogue.model(passat, "2025款 380TSI", 2025);
        Long passatElite = catalogue.trim(passatModel, "星空精英版", "极地白、曜石黑、星空蓝、月光金", "黑色、米色",
                List.of("座椅加热", "360°全景影像=4500"), 219_900, 198_000, since);
        Long passatLuxury = catalogue.trim(passatModel, "星空豪华版", "极地白、曜石黑、星空蓝、月光金", "黑色、米色",
                List.of("座椅加热通风按摩", "360°全景影像", "抬头显示"), 241_900, 217_500, since);

        Long lavida = series(vw, "朗逸", "Lavida", VW_PACKAGES, since);
        Long lavidaModel = catalogue.model(lavida, "2025款 1.5L", 2025);
        String lavidaColours = "极地白、曜石黑、天青蓝、钛金灰、火山红";
        Long lavidaAuto = catalogue.trim(lavidaModel, "自动满逸版", lavidaColours, "黑色、灰色",
                List.of("倒车影像", "电动天窗=3000"), 115_900, 104_000, since);
        Long lavidaStar = catalogue.trim(lavidaModel, "自动星空满逸版", lavidaColours, "黑色、灰色",
                List.of("倒车影像", "电动天窗", "无钥匙进入"), 125_900, 113_000, since);

        Long id4 = series(vw, "ID.4 X", "ID.4 X", VW_PACKAGES, since);
        Long id4Model = catalogue.model(id4, "2025款 纯电", 2025);
        Long id4Pure = catalogue.trim(id4Model, "纯净智享版", "极光绿、珍珠白、曜石黑、星空蓝", "黑色、浅灰",
                List.of("家用充电桩", "IQ.Drive 驾驶辅助"), 199_888, 183_000, since);
        Long id4Pro = catalogue.trim(id4Model, "Pro 长续航版", "极光绿、珍珠白、曜石黑、星空蓝", "黑色、浅灰",
                List.of("家用充电桩", "AR-HUD 抬头显示", "全景天窗"), 229_888, 209_000, since);
        // the manufacturer's price cut two months ago: the history keeps the old price for earlier quotes
        LocalDate cut = LocalDate.now(clock).minusDays(60);
        catalogue.newPrice(id4Pure, 179_888, 166_000, cut);
        catalogue.newPrice(id4Pro, 209_888, 191_000, cut);

        Long toyota = catalogue.brand("丰田", "Toyota");
        Long camry = series(toyota, "凯美瑞", "Camry", TOYOTA_PACKAGES, since);
        Long camryModel = catalogue.model(camry, "2025款 2.0L", 2025);
        Long camryElite = catalogue.trim(camryModel, "精英版", "铂金珍珠白、冷艳黑、极地蓝、星光灰", "黑色、米色",
                List.of("TSS 智行安全", "倒车影像"), 179_800, 162_000, since);
        Long camryHybrid = catalogue.trim(camryModel, "2.0HE 双擎豪华版", "铂金珍珠白、冷艳黑、极地蓝、星光灰", "黑色、米色",
                List.of("TSS 智行安全", "JBL 音响=5000"), 219_800, 198_000, since);

        Long highlander = series(toyota, "汉兰达", "Highlander", TOYOTA_PACKAGES, since);
        Long highlanderModel = catalogue.model(highlander, "2025款 2.5L 双擎", 2025);
        Long highlanderElite = catalogue.trim(highlanderModel, "四驱精英版 7座", "铂金珍珠白、冷艳黑、暗夜灰、琥珀棕", "黑色、棕色",
                List.of("电动尾门", "第三排座椅"), 279_800, 252_000, since);
        Long highlanderLuxury = catalogue.trim(highlanderModel, "四驱豪华版 7座", "铂金珍珠白、冷艳黑、暗夜灰、琥珀棕", "黑色、棕色",
                List.of("电动尾门", "第三排座椅", "全景天窗", "抬头显示=4000"), 319_800, 288_000, since);

        return Map.ofEntries(Map.entry("tiguan-2wd", tiguan2wd), Map.entry("tiguan-4wd", tiguan4wd),
                Map.entry("passat-elite", passatElite), Map.entry("passat-luxury", passatLuxury),
                Map.entry("lavida-auto", lavidaAuto), Map.entry("lavida-star", lavidaStar),
                Map.entry("id4-pure", id4Pure), Map.entry("id4-pro", id4Pro),
                Map.entry("camry-elite", camryElite), Map.entry("camry-hybrid", camryHybrid),
                Map.entry("highlander-elite", highlanderElite), Map.entry("highlander-luxury", highlanderLuxury));
    }

    private Long series(Long brand, String nameZh, String nameEn, List<String> packages, LocalDate since) {
        Long series = catalogue.series(brand, nameZh, nameEn);
        for (String p : packages) {
            String[] f = p.split("\\|");
            catalogue.accessoryPackage(series, f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), since);
        }
        return series;
    }
}
