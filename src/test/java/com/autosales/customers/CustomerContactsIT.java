package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Extra phones, contacts, identity numbers, duplicate checks and merging, as users notice them. */
@IntegrationTest
class CustomerContactsIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String token() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A valid ID card number no other test uses. */
    private static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String base = "110105" + (1950 + r.nextInt(50)) + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28))
                + String.format("%03d", r.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * w[i];
        }
        return base + "10X98765432".charAt(sum % 11);
    }

    private int customerCount() {
        return jdbc.queryForObject("select count(*) from customer", Integer.class);
    }

    private long create(String user, String kind, String name, String phone, String idNumber) throws Exception {
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as(user))
                        .param("kind", kind).param("name", name).param("phone", phone).param("lifecycle", "POTENTIAL")
                        .param("idNumber", idNumber == null ? "" : idNumber).param("createAnyway", "true"))
                .andExpect(redirectedUrlPattern("/customers/*"));
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }

    private void addPhone(String user, long id, String phone) throws Exception {
        mvc.perform(post("/customers/" + id + "/contacts/phones").with(csrf()).with(logins.as(user))
                        .param("label", "OFFICE").param("phone", phone))
                .andExpect(redirectedUrlPattern("/customers/*"));
    }

    private void addContact(String user, long id, String name, String mobile) throws Exception {
        mvc.perform(post("/customers/" + id + "/contacts/people").with(csrf()).with(logins.as(user))
                        .param("name", name).param("title", "采购经理").param("mobile", mobile).param("officePhone", "")
                        .param("email", "").param("note", "").param("primaryContact", "true").param("decisionMaker", "true")
                        .param("version", "0"))
                .andExpect(redirectedUrlPattern("/customers/*"));
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from customer where id = ?", Long.class, id);
    }

    @Test
    void theListSearchFindsACustomerByAnExtraPhoneOrAContactsPhone() throws Exception {
        String name = "多号客户" + token();
        long id = create("consultant1", "ORGANISATION", name, phone(), null);
        String extra = phone();
        String contactMobile = phone();
        addPhone("consultant1", id, extra);
        addContact("consultant1", id, "联系人" + token(), contactMobile);

        mvc.perform(get("/customers").param("q", extra.substring(3)).with(logins.as("consultant1")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/customers").param("q", contactMobile).with(logins.as("consultant1")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString(extra)))
                .andExpect(content().string(containsString("采购经理")))
                .andExpect(content().string(containsString("添加电话")));
    }

    @Test
    void theListSearchFindsACustomerByTheBeginningOfItsIdNumber() throws Exception {
        String name = "证件客户" + token();
        String id = idNumber();
        create("consultant1", "INDIVIDUAL", name, phone(), id);
        mvc.perform(get("/customers").param("q", id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/customers").param("q", id.substring(0, 14)).with(logins.as("consultant1")))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void aNewCardWithThePhoneOfAnotherCardsExtraPhoneIsRefused() throws Exception {
        long first = create("consultant1", "INDIVIDUAL", "已有电话" + token(), phone(), null);
        String extra = phone();
        addPhone("consultant1", first, extra);
        int before = customerCount();
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as("consultant2"))
                        .param("kind", "INDIVIDUAL").param("name", "重复电话" + token()).param("phone", extra)
                        .param("lifecycle", "POTENTIAL").param("createAnyway", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该电话号码已登记在客户")));
        assertThat(customerCount()).isEqualTo(before);
    }

    @Test
    void aNewCardWithTheIdNumberOfAnotherCardIsRefused() throws Exception {
        String id = idNumber();
        long first = create("consultant1", "INDIVIDUAL", "已有证件" + token(), phone(), id);
        int before = customerCount();
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "INDIVIDUAL").param("name", "重复证件" + token()).param("phone", phone())
                        .param("lifecycle", "POTENTIAL").param("idNumber", id.toLowerCase()).param("createAnyway", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该身份证号码已登记在客户")))
                .andExpect(content().string(containsString("/customers/" + first)));
        assertThat(customerCount()).isEqualTo(before);
    }

    @Test
    void anIdNumberWithAWrongCheckDigitIsExplainedNextToTheField() throws Exception {
        String id = idNumber();
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1");
        int before = customerCount();
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "INDIVIDUAL").param("name", "错误证件" + token()).param("phone", phone())
                        .param("lifecycle", "POTENTIAL").param("idNumber", wrong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份证号码无效")));
        assertThat(customerCount()).isEqualTo(before);
    }

    @Test
    void aSimilarNameWarnsWithALinkAndCreateAnywayRegistersTheCard() throws Exception {
        String core = "Qk" + token();
        long first = create("consultant1", "ORGANISATION", core + "汽车销售有限公司", phone(), null);
        String second = core + "汽车销售（集团）";
        String secondPhone = phone();
        int before = customerCount();
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "ORGANISATION").param("name", second).param("phone", secondPhone)
                        .param("lifecycle", "POTENTIAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已有名称相似的客户档案")))
                .andExpect(content().string(containsString("href=\"/customers/" + first + "\"")))
                .andExpect(content().string(containsString("createAnyway")));
        assertThat(customerCount()).isEqualTo(before);
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "ORGANISATION").param("name", second).param("phone", secondPhone)
                        .param("lifecycle", "POTENTIAL").param("createAnyway", "true"))
                .andExpect(redirectedUrlPattern("/customers/*"));
        assertThat(customerCount()).isEqualTo(before + 1);
    }

    @Test
    void aManagerMergesADuplicateWhichMovesItsPhonesContactsAndHistory() throws Exception {
        String tag = token();
        long survivor = create("consultant1", "ORGANISATION", "合并保留" + tag, phone(), null);
        String duplicatePhone = phone();
        long duplicate = create("consultant1", "ORGANISATION", "合并重复" + tag, duplicatePhone, null);
        String extra = phone();
        addPhone("consultant1", duplicate, extra);
        String contactName = "王经理" + tag;
        addContact("consultant1", duplicate, contactName, phone());
        mvc.perform(get("/api/v1/customers").param("q", tag).header("Authorization", "Bearer " + api.tokenFor("salesmanager")))
                .andExpect(jsonPath("$.totalItems").value(2));

        mvc.perform(get("/customers/" + survivor + "/merge/compare").param("with", String.valueOf(duplicate)).with(logins.as("salesmanager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(contactName)))
                .andExpect(content().string(containsString("merge-confirm")));
        mvc.perform(post("/customers/" + survivor + "/merge").with(csrf()).with(logins.as("salesmanager"))
                        .param("duplicateId", String.valueOf(duplicate)).param("version", String.valueOf(version(survivor)))
                        .param("duplicateVersion", String.valueOf(version(duplicate))))
                .andExpect(redirectedUrl("/customers/" + survivor));

        assertThat(jdbc.queryForList("select phone from customer_phone where customer_id = ?", String.class, survivor))
                .contains(extra, duplicatePhone);
        assertThat(jdbc.queryForList("select name from customer_contact where customer_id = ?", String.class, survivor))
                .containsExactly(contactName);
        assertThat(jdbc.queryForObject("select merged_into_id from customer where id = ?", Long.class, duplicate))
                .isEqualTo(survivor);
        String card = mvc.perform(get("/customers/" + survivor).with(logins.as("salesmanager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(contactName)))
                .andExpect(content().string(containsString("合并档案")))
                .andReturn().getResponse().getContentAsString();
        // the duplicate's own history (its registration, its added phone) shows on the survivor's timeline
        assertThat(card.split("history-kind\">建档<", -1)).hasSize(3);
        assertThat(card).contains("history-kind\">添加电话<");
        assertThat(card.split("history-kind\">合并档案<", -1)).as("the merge is told once").hasSize(2);
        // a search by the duplicate's extra phone now finds the survivor
        mvc.perform(get("/customers").param("q", extra).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("合并保留" + tag)))
                .andExpect(content().string(not(containsString(">合并重复" + tag + "</a>"))));
    }

    @Test
    void aMergedCardRedirectsToTheSurvivorAndIsGoneFromListsAndCounts() throws Exception {
        String tag = token();
        long survivor = create("consultant1", "INDIVIDUAL", "保留者" + tag, phone(), null);
        long duplicate = create("consultant1", "INDIVIDUAL", "重复者" + tag, phone(), null);
        String token = api.tokenFor("salesmanager");
        long countBefore = ((Number) com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/customers")
                .header("Authorization", "Bearer " + token)).andReturn().getResponse().getContentAsString(), "$.totalItems")).longValue();
        mvc.perform(post("/api/v1/customers/" + survivor + "/merge").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duplicateId\":" + duplicate + ",\"version\":" + version(survivor)
                                + ",\"duplicateVersion\":" + version(duplicate) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(survivor));

        mvc.perform(get("/customers/" + duplicate).with(logins.as("consultant1")))
                .andExpect(redirectedUrl("/customers/" + survivor));
        mvc.perform(get("/customers").param("q", "重复者" + tag).with(logins.as("consultant1")))
                .andExpect(content().string(not(containsString(">重复者" + tag + "</a>"))));
        mvc.perform(get("/api/v1/customers").param("q", tag).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.totalItems").value(countBefore - 1));
        // merging it again is refused: it is no longer a card anyone can open
        mvc.perform(post("/api/v1/customers/" + survivor + "/merge").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duplicateId\":" + duplicate + ",\"version\":" + version(survivor)
                                + ",\"duplicateVersion\":" + version(duplicate) + "}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleMergeIsRefusedAndNothingIsMerged() throws Exception {
        String tag = token();
        long survivor = create("consultant1", "INDIVIDUAL", "旧版保留" + tag, phone(), null);
        long duplicate = create("consultant1", "INDIVIDUAL", "旧版重复" + tag, phone(), null);
        mvc.perform(post("/customers/" + survivor + "/merge").with(csrf()).with(logins.as("salesmanager"))
                        .param("duplicateId", String.valueOf(duplicate)).param("version", String.valueOf(version(survivor)))
                        .param("duplicateVersion", String.valueOf(version(duplicate) + 5)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该记录刚被其他人修改过")));
        assertThat(jdbc.queryForObject("select merged_into_id from customer where id = ?", Long.class, duplicate)).isNull();
    }

    @Test
    void aConsultantCannotMerge() throws Exception {
        String tag = token();
        long survivor = create("consultant1", "INDIVIDUAL", "无权保留" + tag, phone(), null);
        long duplicate = create("consultant1", "INDIVIDUAL", "无权重复" + tag, phone(), null);
        mvc.perform(post("/customers/" + survivor + "/merge").with(csrf()).with(logins.as("consultant1"))
                        .param("duplicateId", String.valueOf(duplicate)).param("version", String.valueOf(version(survivor)))
                        .param("duplicateVersion", String.valueOf(version(duplicate))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/customers/" + survivor).with(logins.as("consultant1")))
                .andExpect(content().string(not(containsString("merge-customer"))));
        assertThat(jdbc.queryForObject("select merged_into_id from customer where id = ?", Long.class, duplicate)).isNull();
    }

    @Test
    void aConsultantCannotReachTheContactsOfAnotherConsultantsCustomer() throws Exception {
        long theirs = create("consultant1", "ORGANISATION", "别人的客户" + token(), phone(), null);
        mvc.perform(get("/customers/" + theirs + "/contacts/phones/form").with(logins.as("consultant2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/customers/" + theirs + "/contacts/phones").with(csrf()).with(logins.as("consultant2"))
                        .param("label", "MOBILE").param("phone", phone()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + theirs + "/contacts").header("Authorization", "Bearer " + api.tokenFor("consultant2")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from customer_phone where customer_id = ?", Integer.class, theirs)).isZero();
    }

    @Test
    void identityNumbersAndExtraPhonesAreMaskedForReadersWhoMayNotSeeThem() throws Exception {
        String id = idNumber();
        long customer = create("consultant1", "INDIVIDUAL", "遮蔽客户" + token(), phone(), id);
        String extra = phone();
        addPhone("consultant1", customer, extra);
        mvc.perform(get("/customers/" + customer).with(logins.as("consultant1")))
                .andExpect(content().string(containsString(id)))
                .andExpect(content().string(containsString(extra)));
        mvc.perform(get("/customers/" + customer).with(logins.as("clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id))))
                .andExpect(content().string(containsString(IdentityNumbers.mask(id))))
                .andExpect(content().string(not(containsString(extra))))
                .andExpect(content().string(containsString(PhoneMask.mask(extra))));
        mvc.perform(get("/api/v1/customers/" + customer + "/contacts").header("Authorization", "Bearer " + api.tokenFor("clerk")))
                .andExpect(jsonPath("$.identity.idNumber").value(IdentityNumbers.mask(id)))
                .andExpect(jsonPath("$.phones[0].phone").value(PhoneMask.mask(extra)));
    }

    @Test
    void aCreditCodeIsCheckedWhenTheIdentityFormIsSaved() throws Exception {
        long customer = create("consultant1", "ORGANISATION", "信用代码客户" + token(), phone(), null);
        mvc.perform(post("/customers/" + customer + "/contacts/identity").with(csrf()).with(logins.as("consultant1"))
                        .param("idNumber", "").param("registrationNo", "91350100M000100Y44").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码无效")));
        assertThat(jdbc.queryForObject("select count(*) from customer_identity where customer_id = ?", Integer.class, customer)).isZero();
    }

    @Test
    void aCustomerKeepsOneDefaultAddressAndAStaleEditIsRefused() throws Exception {
        long customer = create("consultant1", "ORGANISATION", "地址客户" + token(), phone(), null);
        for (String address : new String[] {"上海市浦东新区世纪大道1号", "上海市浦东新区张江路2号"}) {
            mvc.perform(post("/customers/" + customer + "/contacts/addresses").with(csrf()).with(logins.as("consultant1"))
                            .param("label", "OFFICE").param("address", address).param("postalCode", "200120")
                            .param("makeDefault", "true").param("version", "0"))
                    .andExpect(redirectedUrlPattern("/customers/*"));
        }
        assertThat(jdbc.queryForList("select address from customer_address where customer_id = ? and is_default = true",
                String.class, customer)).containsExactly("上海市浦东新区张江路2号");
        long first = jdbc.queryForObject("select id from customer_address where customer_id = ? and is_default = false",
                Long.class, customer);
        long version = jdbc.queryForObject("select version from customer_address where id = ?", Long.class, first);
        mvc.perform(post("/customers/" + customer + "/contacts/addresses").with(csrf()).with(logins.as("consultant1"))
                        .param("itemId", String.valueOf(first)).param("label", "DELIVERY").param("address", "新地址")
                        .param("postalCode", "").param("version", String.valueOf(version + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该记录刚被其他人修改过")));
        mvc.perform(get("/customers/" + customer).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("添加地址")))
                .andExpect(content().string(containsString("上海市浦东新区世纪大道1号")));
    }

    @Test
    void onlyOrganisationsHaveContactPersons() throws Exception {
        long customer = create("consultant1", "INDIVIDUAL", "个人客户" + token(), phone(), null);
        mvc.perform(post("/customers/" + customer + "/contacts/people").with(csrf()).with(logins.as("consultant1"))
                        .param("name", "某人").param("mobile", phone()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只有单位客户可以登记联系人")));
    }

    @Test
    void theCardLoadsAContactFormInPlaceAndOffersMergingToManagersOnly() throws Exception {
        long customer = create("consultant1", "ORGANISATION", "就地表单" + token(), phone(), null);
        mvc.perform(get("/customers/" + customer + "/contacts/people/form").header("HX-Request", "true")
                        .with(logins.as("consultant1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"contact-form\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/customers/" + customer).with(logins.as("salesmanager")))
                .andExpect(content().string(containsString("id=\"merge-customer\"")));
        mvc.perform(get("/customers/" + customer).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("id=\"add-contact\"")))
                .andExpect(content().string(not(containsString("id=\"merge-customer\""))));
    }
}
