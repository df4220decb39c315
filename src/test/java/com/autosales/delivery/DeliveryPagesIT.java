package com.autosales.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The delivery pages as a consultant uses them: the board, the sheet, checks with photos, the customer's signature. */
@IntegrationTest
class DeliveryPagesIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeliveryFixtures fixtures;

    private String page(String user, String path, String language) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)).cookie(new Cookie("AUTOSALES_LANG", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String contractNumber(Long contractId) {
        return jdbc.queryForObject("select number from sales_contract where id = ?", String.class, contractId);
    }

    private Long firstItem(String stage, int skip) {
        return jdbc.queryForList("select id from delivery_check_item where active = true and stage = ? order by position, id",
                Long.class, stage).get(skip);
    }

    private int checksOf(Long deliveryId, Long itemId) {
        return jdbc.queryForObject("select count(*) from delivery_check where delivery_id = ? and item_id = ?",
                Integer.class, deliveryId, itemId);
    }

    @Test
    void theBoardAndTheSheetShowTheNewDeliveryInChineseAndEnglish() throws Exception {
        Long contractId = fixtures.signedCashContract();
        String number = contractNumber(contractId);
        Long id = fixtures.deliveryOf(contractId);

        assertThat(page("consultant1", "/deliveries", "zh-CN")).contains("交车管理", "交车准备中", number, "未预约")
                .doesNotContain("??");
        assertThat(page("consultant1", "/deliveries?customer=" + number, "zh-CN")).contains("href=\"/deliveries/" + id + "\"")
                .doesNotContain("没有符合条件的交车单");
        String english = mvc.perform(get("/deliveries?lang=en").with(logins.as("consultant1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Deliveries", "Preparing", "No appointment", number).doesNotContain("??", "交车管理");

        mvc.perform(get("/deliveries/contract/" + contractId).with(logins.as("consultant1")))
                .andExpect(redirectedUrl("/deliveries/" + id));
        assertThat(page("consultant1", "/deliveries/" + id, "zh-CN"))
                .contains(number, "PDI 售前检查", "外观漆面无划痕、无色差").doesNotContain("??");
        assertThat(page("consultant1", "/deliveries/" + id, "en"))
                .contains(number, "PDI inspection", "Paint and body free of scratches and colour differences")
                .doesNotContain("??");
    }

    @Test
    void aCheckKeepsItsPhotoAndARenamedProgramIsRefusedWithNothingSaved() throws Exception {
        Long id = fixtures.deliveryOf(fixtures.signedCashContract());
        Long paint = firstItem("PDI", 0);
        Long interior = firstItem("PDI", 1);
        byte[] jpeg = jpeg();

        mvc.perform(multipart("/deliveries/" + id + "/checks/" + paint)
                        .file(new MockMultipartFile("photo", "paint.jpg", "image/jpeg", jpeg)).param("note", "左前门无划痕")
                        .with(csrf()).with(logins.as("consultant1")))
                .andExpect(redirectedUrl("/deliveries/" + id)).andExpect(flash().attribute("successKey", "delivery.done.checked"));
        mvc.perform(get("/deliveries/" + id + "/checks/" + paint + "/photo").with(logins.as("consultant1")))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg")).andExpect(content().bytes(jpeg));
        assertThat(page("consultant1", "/deliveries/" + id, "zh-CN")).contains("左前门无划痕",
                "/deliveries/" + id + "/checks/" + paint + "/photo");

        byte[] program = "MZ\u0090\u0000\u0003 this program cannot be run in DOS mode".getBytes();
        mvc.perform(multipart("/deliveries/" + id + "/checks/" + interior)
                        .file(new MockMultipartFile("photo", "interior.jpg", "image/jpeg", program))
                        .with(csrf()).with(logins.as("consultant1")).cookie(new Cookie("AUTOSALES_LANG", "zh-CN")))
                .andExpect(redirectedUrl("/deliveries/" + id))
                .andExpect(flash().attribute("errorMessage", "照片必须是 JPEG 或 PNG 图片"));
        mvc.perform(multipart("/deliveries/" + id + "/checks/" + interior)
                        .file(new MockMultipartFile("photo", "interior.png", "image/png", program))
                        .with(csrf()).with(logins.as("consultant1")).cookie(new Cookie("AUTOSALES_LANG", "en")))
                .andExpect(flash().attribute("errorMessage", "The photo must be a JPEG or PNG image"));
        assertThat(checksOf(id, interior)).isZero();
        mvc.perform(get("/deliveries/" + id + "/checks/" + interior + "/photo").with(logins.as("consultant1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSignatureDrawnOnThePadIsKeptAsAPng() throws Exception {
        Long id = fixtures.deliveryOf(fixtures.signedCashContract());
        byte[] png = DeliveryFixtures.signaturePng();

        mvc.perform(post("/deliveries/" + id + "/confirmation").with(csrf()).with(logins.as("consultant1"))
                        .param("receiverName", "王芳")
                        .param("signature", "data:image/png;base64," + Base64.getEncoder().encodeToString(png)))
                .andExpect(redirectedUrl("/deliveries/" + id)).andExpect(flash().attribute("successKey", "delivery.done.signed"));

        mvc.perform(get("/deliveries/" + id + "/signature").with(logins.as("consultant1")))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png")).andExpect(content().bytes(png));
        assertThat(page("consultant1", "/deliveries/" + id, "zh-CN")).contains("customer-signed", "王芳",
                "/deliveries/" + id + "/signature");
        assertThat(fixtures.view("consultant1", id).get("gate").get("blockers").toString()).doesNotContain("not-signed");
    }

    @Test
    void anotherConsultantDoesNotFindTheSheet() throws Exception {
        Long id = fixtures.deliveryOf(fixtures.signedCashContract());

        mvc.perform(get("/deliveries/" + id).with(logins.as("consultant2"))).andExpect(status().isNotFound());
        mvc.perform(post("/deliveries/" + id + "/checks/" + firstItem("PDI", 0)).with(csrf()).with(logins.as("consultant2")))
                .andExpect(flash().attribute("errorMessage", notNullValue()));
        assertThat(checksOf(id, firstItem("PDI", 0))).isZero();
    }

    @Test
    void theGmAddsARequiredItemThatThenHoldsNewSheetsBackUntilRetired() throws Exception {
        assertThat(page("gm", "/deliveries/settings", "zh-CN")).contains("交车检查项", "车钥匙（两把）").doesNotContain("??");
        assertThat(page("gm", "/deliveries/settings", "en")).contains("Delivery checklists", "Keys (two)").doesNotContain("??");
        mvc.perform(post("/deliveries/settings/items").with(csrf()).with(logins.as("gm")).param("stage", "HANDOVER")
                        .param("label", "行车记录仪存储卡").param("labelEn", "Dash camera memory card").param("position", "7")
                        .param("required", "true"))
                .andExpect(redirectedUrl("/deliveries/settings"))
                .andExpect(flash().attribute("successKey", "delivery.settings.saved"));
        Long item = jdbc.queryForObject("select max(id) from delivery_check_item where label = '行车记录仪存储卡'", Long.class);
        try {
            assertThat(page("gm", "/deliveries/settings", "zh-CN")).contains("行车记录仪存储卡");
            Long id = fixtures.deliveryOf(fixtures.signedCashContract());
            assertThat(page("consultant1", "/deliveries/" + id, "zh-CN")).contains("行车记录仪存储卡");
            assertThat(page("consultant1", "/deliveries/" + id, "en")).contains("Dash camera memory card");
            fixtures.tickRequired(id);
            mvc.perform(post("/deliveries/" + id + "/checks/" + item + "/undo").with(csrf()).with(logins.as("consultant1")))
                    .andExpect(redirectedUrl("/deliveries/" + id));
            assertThat(fixtures.view("consultant1", id).get("gate").get("blockers").toString())
                    .contains("delivery.gate.checklist.HANDOVER");
            assertThat(page("consultant1", "/deliveries/" + id, "zh-CN")).contains("交接物品还有必交项未勾选");

            mvc.perform(post("/deliveries/settings/items/" + item + "/retire").with(csrf()).with(logins.as("gm")))
                    .andExpect(redirectedUrl("/deliveries/settings"))
                    .andExpect(flash().attribute("successKey", "delivery.settings.retired"));
            assertThat(page("gm", "/deliveries/settings", "zh-CN")).doesNotContain("行车记录仪存储卡");
            assertThat(page("consultant1", "/deliveries/" + id, "zh-CN")).doesNotContain("行车记录仪存储卡", "交接物品还有必交项未勾选");
            assertThat(fixtures.view("consultant1", id).get("gate").get("blockers").toString()).doesNotContain("checklist");
        } finally {
            jdbc.update("update delivery_check_item set active = false where id = ?", item);
        }
    }

    @Test
    void aConsultantMayNotChangeTheChecklists() throws Exception {
        mvc.perform(get("/deliveries/settings").with(logins.as("consultant1"))).andExpect(status().isForbidden());
        mvc.perform(post("/deliveries/settings/items").with(csrf()).with(logins.as("consultant1")).param("stage", "PDI")
                .param("label", "顾问自加项")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from delivery_check_item where label = '顾问自加项'", Integer.class))
                .isZero();
    }

    private static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(8, 8, 40, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
