package com.autosales.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI description of /api/v1: every call takes the bearer token from POST /api/v1/auth/token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI autoSalesApi() {
        return new OpenAPI()
                .info(new Info().title("AutoSales API").version("v1")
                        .description("Sales-department management for dealerships. Get a token with "
                                + "POST /api/v1/auth/token, then send 'Authorization: Bearer <token>'. "
                                + "Errors are application/problem+json with a stable 'code'. "
                                + "Send Accept-Language: en for English messages (default Chinese)."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
