package com.autosales.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to WebJars are written with their version ({@code /webjars/bootstrap/5.3.8/…}), every other link as it is.
 * Spring's {@link ResourceUrlEncodingFilter} (switched on by the WebJars locator) looked every link of a page up on the
 * class path: a page link such as {@code /leads/35} matches the static handler's {@code /**}, is searched in four
 * folders of the jar and, never found, never cached — most of a list page's CPU under load (bench/README.md).
 */
@Configuration(proxyBeanMethods = false)
class WebjarLinks {

    private static final String WEBJARS = "/webjars/";

    /** Defined (and off) so that the auto-configured one, which encodes every link, is not registered. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebjarLinkFilter> webjarLinkFilter(ResourceUrlProvider mvcResourceUrlProvider) {
        return new FilterRegistrationBean<>(new WebjarLinkFilter(mvcResourceUrlProvider));
    }

    static final class WebjarLinkFilter extends OncePerRequestFilter {

        private final ResourceUrlProvider urls;

        WebjarLinkFilter(ResourceUrlProvider urls) {
            this.urls = urls;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String prefix = request.getContextPath() + WEBJARS;
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public String encodeURL(String url) {
                    if (url.startsWith(prefix)) {
                        String versioned = urls.getForRequestUrl(request, url);
                        return super.encodeURL(versioned != null ? versioned : url);
                    }
                    return super.encodeURL(url);
                }
            });
        }
    }
}
