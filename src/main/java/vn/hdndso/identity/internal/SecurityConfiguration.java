package vn.hdndso.identity.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two ways in. Machine paths ({@code /api}, {@code /oparl}, {@code /open311}) are stateless:
 * HTTP Basic or an API key on every request, no cookies, so no CSRF. People use a form and a
 * session stored in PostgreSQL; {@code /app} needs a signed-in user. What each endpoint allows is
 * checked on the endpoint itself (method security) and covered by the authorisation tests.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "argon2";
        return new DelegatingPasswordEncoder(id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineChain(
            HttpSecurity http, ApiKeyAuthenticationFilter apiKeys, ProblemEntryPoint entryPoint) throws Exception {
        http.securityMatcher("/api/**", "/oparl/**", "/open311/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .addFilterBefore(apiKeys, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain peopleChain(HttpSecurity http, LoginFailureHandler failures) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/app/**")
                        .authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .anyRequest()
                        .permitAll())
                .formLogin(f ->
                        f.loginPage("/login").defaultSuccessUrl("/app", false).failureHandler(failures))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e.accessDeniedHandler(
                        (request, response, denied) -> response.sendError(HttpStatus.NOT_FOUND.value())));
        return http.build();
    }
}
