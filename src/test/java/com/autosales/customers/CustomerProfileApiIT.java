package com.autosales.customers;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The card's sections and timeline over the API follow the card page's rules. */
@IntegrationTest
class CustomerProfileApiIT {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerManagement customers;

    private Long consultant1Customer() {
        Map<String, Object> wangFang = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = '王芳'");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        return customers.registerFor((Long) wangFang.get("store_id"), (Long) wangFang.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.ORGANISATION, "接口档案卡" + tag,
                        "1363" + String.format("%07d", Math.abs(tag.hashCode()) % 10_000_000), Lifecycle.NEW, Grade.B));
    }

    @Test
    void aSectionIsSavedWithTheVersionReadAndAStaleOneIsRefused() throws Exception {
        Long id = consultant1Customer();
        String token = api.tokenFor("consultant1");
        String body = "{\"address\":\"上海市静安区南京西路 1 号\",\"legalPerson\":\"钱一\",\"registeredCapital\":2000000}";
        mvc.perform(put("/api/v1/customers/" + id + "/profile/basic").header("Authorization", "Bearer " + token)
                        .header("If-Match", "-1").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basic.address").value("上海市静安区南京西路 1 号"))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(put("/api/v1/customers/" + id + "/profile/classification").header("Authorization", "Bearer " + token)
                        .header("If-Match", "-1").contentType(MediaType.APPLICATION_JSON).content("{\"region\":\"静安\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/customers/" + id + "/history").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[0].kind").value("UPDATE_PROFILE"));
    }

    @Test
    void anotherConsultantCannotReadOrWriteTheCard() throws Exception {
        Long id = consultant1Customer();
        String token = api.tokenFor("consultant2");
        mvc.perform(get("/api/v1/customers/" + id + "/profile").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/customers/" + id + "/profile/basic").header("Authorization", "Bearer " + token)
                        .header("If-Match", "-1").contentType(MediaType.APPLICATION_JSON).content("{\"address\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + id + "/history").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }
}
