package vn.hdndso.identity.internal;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.hdndso.shared.limits.RateLimiter;

/**
 * Two ways in. Machine paths ({@code /api}, {@code /oparl}, {@code /open311}) are stateless:
 * HTTP Basic or an API key on every request, no cookies, so no CSRF; an account with a second
 * factor may not use Basic. People use a form and a session stored in PostgreSQL; an account with
 * a second factor then enters a code at {@code /login/totp}; {@code /app} needs a signed-in user.
 * What each endpoint allows is checked on the endpoint itself (method security) and covered by the
 * authorisation matrix test.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; img-src 'self' data:%s; style-src 'self';"
            + " script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** The map tile server ({@code hdnd.map.tile-url}, docs/petitions.md): its origin may serve images. */
    private final String csp;

    /** Who may read the metrics: {@code hdnd.metrics.allowed} (docs/reliability.md). */
    private final vn.hdndso.shared.web.AddressRanges metricsReaders;

    SecurityConfiguration(
            @org.springframework.beans.factory.annotation.Value("${hdnd.map.tile-url:}") String tileUrl,
            @org.springframework.beans.factory.annotation.Value("${hdnd.metrics.allowed:127.0.0.1,::1}")
                    java.util.List<String> metricsReaders) {
        this.csp = CSP.formatted(tileOrigin(tileUrl));
        this.metricsReaders = vn.hdndso.shared.web.AddressRanges.of(metricsReaders);
    }

    /** " https://tile.example.org" for an absolute tile address ({s} becomes a wildcard), else "". */
    static String tileOrigin(String tileUrl) {
        var origin = java.util.regex.Pattern.compile("^(https?://)([^/?#]+)").matcher(tileUrl.strip());
        if (!origin.find()) {
            return "";
        }
        String host = origin.group(2).replace("{s}", "*");
        return host.matches("[A-Za-z0-9.*:-]+") ? " " + origin.group(1) + host : "";
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "argon2";
        return new DelegatingPasswordEncoder(id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    /**
     * No Micrometer observation around each filter of the security chains nor around each
     * authorisation decision (every request and every {@code @PreAuthorize} method paid one per
     * filter: about a sixth of a public request's CPU, docs/benchmarks.md "The web stack every
     * public request pays"). The HTTP server observation ({@code http.server.requests}) still times
     * every request, security included; sign-ins and password checks (authentications) are still
     * observed.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .shouldObserveAuthentications(true)
                .build();
    }

    @Bean
    PasswordCheckLimits passwordCheckLimits(SignInLimitProperties limits, RateLimiter rateLimiter) {
        return new PasswordCheckLimits(
                limits.concurrent(),
                limits.waitOrDefault().toMillis(),
                limits.perAddressBurst(),
                limits.perAddressPerMinute(),
                rateLimiter);
    }

    /** Where a person's sign-in is kept between requests: the (JDBC-backed) HTTP session. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineChain(
            HttpSecurity http,
            ApiKeyVerifier apiKeys,
            ProblemEntryPoint entryPoint,
            AccountDetailsService accounts,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            PasswordCheckLimits limits)
            throws Exception {
        UserDetailsChecker noSecondFactor = user -> {
            if (user instanceof AccountPrincipal account && account.totpEnabled()) {
                throw new SecondFactorRequiredException();
            }
        };
        http.securityMatcher("/api/**", "/oparl/**", "/open311/**")
                .authenticationManager(passwordCheck(accounts, passwords, events, limits, noSecondFactor))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no session, so nothing to sign out of and no request saved for after a sign-in
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, entryPoint), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain peopleChain(
            HttpSecurity http,
            LoginFailureHandler failures,
            SecurityContextRepository contexts,
            AccountDetailsService accounts,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            PasswordCheckLimits limits,
            UserRepository users,
            org.springframework.transaction.support.TransactionTemplate transactions)
            throws Exception {
        http.authenticationManager(passwordCheck(accounts, passwords, events, limits, user -> {}))
                .securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a.requestMatchers("/app/**")
                        .authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .anyRequest()
                        .permitAll())
                // the CSRF token in a cookie of its own, not the server session: an anonymous visitor
                // who opens a public form (petitions, feedback) creates no session row
                .csrf(c -> c.csrfTokenRepository(csrfTokens()).csrfTokenRequestHandler(new UncachedCsrfTokens()))
                .formLogin(f -> f.loginPage("/login")
                        .securityContextRepository(contexts)
                        .successHandler(new SignInSuccessHandler(contexts))
                        .failureHandler(failures))
                .addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class)
                .addFilterBefore(new MetricsAddressGate(metricsReaders), AuthorizationFilter.class)
                .addFilterBefore(new PasswordChangeGate(users, transactions), AuthorizationFilter.class)
                // nothing private stays on the device: the service worker's offline copies and storage
                .logout(l -> l.logoutUrl("/logout")
                        .logoutSuccessUrl("/?loggedOut")
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                                ClearSiteDataHeaderWriter.Directive.CACHE,
                                ClearSiteDataHeaderWriter.Directive.STORAGE))))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(csp))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                // a page of their own council's workspace that a person's roles do not open is refused
                // with a reason (403) and a way back; any other refusal answers as if nothing were there
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> response.sendError(
                        refusedPageOfOwnWorkspace(request)
                                ? HttpStatus.FORBIDDEN.value()
                                : HttpStatus.NOT_FOUND.value())));
        return http.build();
    }

    /**
     * The double-submit cookie {@code XSRF-TOKEN} (HttpOnly: the pages send the token from their
     * forms' {@code _csrf} field, scripts from that field as {@code X-CSRF-TOKEN}).
     */
    private static org.springframework.security.web.csrf.CsrfTokenRepository csrfTokens() {
        var tokens = new org.springframework.security.web.csrf.CookieCsrfTokenRepository();
        tokens.setHeaderName("X-CSRF-TOKEN");
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return tokens;
    }

    private static boolean isLoopback(String address) {
        return address.equals("127.0.0.1") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }

    /**
     * A page (GET) of the staff workspace asked by a signed-in person; the council scope
     * interceptor has already answered 404 in a council they do not work for.
     */
    private static boolean refusedPageOfOwnWorkspace(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && path.startsWith("/app/")
                && vn.hdndso.identity.CurrentUser.get().isPresent();
    }

    /**
     * Name and password against the stored Argon2 hash, within the limits on password checks;
     * publishes the events lockout counts.
     */
    private static AuthenticationManager passwordCheck(
            AccountDetailsService accounts,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            PasswordCheckLimits limits,
            UserDetailsChecker afterPasswordMatched) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setPostAuthenticationChecks(afterPasswordMatched);
        var manager = new ProviderManager(new LimitedPasswordCheck(provider, limits));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }
}
