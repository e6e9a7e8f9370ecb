package vn.hdndso.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description of the JSON API at {@code /api/v1/openapi.json}, browsable at {@code /api/v1/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI hdndOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("HĐND số API")
                        .version("v1")
                        .description("""
                                JSON API of the People's Councils of this installation. Public data needs no \
                                authentication; staff endpoints take HTTP Basic (a user's credentials) or \
                                `Authorization: Bearer <API key>`. Errors are RFC 9457 problem details with a \
                                Vietnamese `detail` (`?lang=en` for English); lists are paged with `page` and \
                                `size` and return `{"items":[…],"page":…,"size":…,"total":…}`.""")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("hdnd_<prefix>_<secret>")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
