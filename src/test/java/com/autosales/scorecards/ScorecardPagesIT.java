package com.autosales.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The scorecard, leaderboard, contest and wallboard pages in Chinese and English. */
@IntegrationTest
class ScorecardPagesIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;

    private String page(String user, String path, String language) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)).cookie(new Cookie("AUTOSALES_LANG", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void scorecardPagesInChineseAndEnglish() throws Exception {
        assertThat(page("salesmanager", "/scorecards", "zh-CN")).contains("绩效考核", "生成考核表", "考核模板").doesNotContain("??");
        assertThat(page("salesmanager", "/scorecards", "en")).contains("Scorecards", "Generate scorecards").doesNotContain("??", "绩效考核");
        assertThat(page("consultant1", "/scorecards", "zh-CN")).as("consultants do not generate").doesNotContain("生成考核表");
        assertThat(page("salesmanager", "/scorecards/templates/sales-consultant", "zh-CN"))
                .contains("销售顾问 考核模板", "权重合计必须正好 100", "团队协作", "回访及时率", "线性封顶").doesNotContain("??");
        assertThat(page("salesmanager", "/scorecards/templates/sales-consultant", "en"))
                .contains("Scorecard template: Sales consultant", "Teamwork", "Thresholds").doesNotContain("??");
    }

    @Test
    void aTemplateWhoseWeightsDoNotAddUpToHundredIsRefusedOnThePage() throws Exception {
        mvc.perform(post("/scorecards/templates/sales-manager").with(logins.as("gm")).with(csrf())
                        .cookie(new Cookie("AUTOSALES_LANG", "zh-CN"))
                        .param("name", "销售经理考核").param("weight_DELIVERIES", "50").param("target_DELIVERIES", "20")
                        .param("rule_DELIVERIES", "LINEAR_TO_CAP").param("cap_DELIVERIES", "120").param("weight_TEAMWORK", "40"))
                .andExpect(redirectedUrl("/scorecards/templates/sales-manager"))
                .andExpect(flash().attribute("errorMessage", "权重合计为 90，必须正好是 100"));
        assertThat(page("gm", "/scorecards/templates", "zh-CN")).doesNotContain("销售经理考核");
    }

    @Test
    void theLeaderboardPrintsTheBestConsultantRuleAndHidesMarginFromConsultants() throws Exception {
        String zh = page("consultant1", "/rankings", "zh-CN");
        assertThat(zh).contains("排行榜", "本月最佳销售代表", "评选规则：当月已提交考核总分最高者当选；总分相同比交车台数，再比毛利",
                "张伟", "刘洋").doesNotContain("value=\"GROSS_MARGIN\"", "??");
        assertThat(page("salesmanager", "/rankings", "zh-CN")).contains("value=\"GROSS_MARGIN\"");
        assertThat(page("consultant1", "/rankings", "en")).contains("Best consultant of the month",
                "Rule: the highest total of a submitted scorecard of the month wins").doesNotContain("??", "排行榜");
        assertThat(page("salesmanager", "/rankings/contests", "zh-CN")).contains("销售竞赛", "发起竞赛", "销售一组");
        assertThat(page("consultant1", "/rankings/contests", "en")).contains("Sales contests").doesNotContain("New contest");
        assertThat(page("consultant1", "/rankings/wallboard", "en")).contains("Showroom wallboard", "Top 5 consultants",
                "every 60s").doesNotContain("??");
    }
}
