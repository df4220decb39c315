package com.autosales.sales;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import java.util.concurrent.Callable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Financed contracts and loan calls the way users make them: the quote made, issued and accepted, the contract drawn
 * up, submitted and approved by the sales manager, all over the API ({@link ContractFixtures}).
 */
@Component
public class LoanFixtures {

    private final QuoteFixtures quotes;
    private final MockMvc mvc;
    private final ApiClient api;
    private final JdbcTemplate jdbc;
    private final ContractFixtures contracts;
    private final UserDetailsService users;

    LoanFixtures(QuoteFixtures quotes, MockMvc mvc, ApiClient api, JdbcTemplate jdbc, ContractFixtures contracts,
            UserDetailsService users) {
        this.quotes = quotes;
        this.mvc = mvc;
        this.api = api;
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.users = users;
    }

    /** The consultant's customer accepted a financed quote (30 % down, 36 months at 4.5 %) and the contract is approved. */
    public Long approvedFinancedContractOf(String consultant) throws Exception {
        return approvedContractOf(consultant, "FINANCE");
    }

    Long approvedContractOf(String consultant, String payment) throws Exception {
        return contracts.approvedOf(consultant, payment);
    }

    <T> T as(String username, Callable<T> work) throws Exception {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String bearer(String username) throws Exception {
        return "Bearer " + api.tokenFor(username);
    }

    /** An API call as the user, with a JSON body. */
    ResultActions call(String username, HttpMethod method, String path, String json) throws Exception {
        return mvc.perform(request(method, path).header("Authorization", bearer(username))
                .contentType(MediaType.APPLICATION_JSON).content(json == null ? "{}" : json));
    }

    ResultActions post(String username, String path, String json) throws Exception {
        return call(username, HttpMethod.POST, path, json);
    }

    long versionOf(Long loanId) {
        return jdbc.queryForObject("select version from sales_loan where id = ?", Long.class, loanId);
    }

    String statusOf(Long loanId) {
        return jdbc.queryForObject("select status from sales_loan where id = ?", String.class, loanId);
    }

    java.util.List<Long> documentTypeIds(Long loanId) {
        return jdbc.queryForList("select type_id from sales_loan_document where loan_id = ? order by type_id", Long.class, loanId);
    }
}
