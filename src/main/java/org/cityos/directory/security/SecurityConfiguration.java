package org.cityos.directory.security;

import java.io.IOException;
import java.util.List;

import org.cityos.audit.AuditLog;
import org.cityos.directory.Accounts;
import org.cityos.directory.ApiTokens;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may reach what. URL rules only separate public from authenticated; the rule of each
 * endpoint is its {@code @PreAuthorize} (a test fails any endpoint without one).
 * <ul>
 * <li>UI: session login through {@code POST /api/auth/login}, CSRF token in the readable
 * {@code XSRF-TOKEN} cookie, echoed in {@code X-XSRF-TOKEN}.</li>
 * <li>Machines: {@code Authorization: Bearer} API tokens (a chain of their own, stateless) or HTTP
 * Basic. Such requests carry their credentials explicitly (a cross-site page cannot set that
 * header), so they skip CSRF.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Requests carrying an API token: stateless, nothing a browser session needs (no session, CSRF
	 * token, saved request or logout), the same URL rules and the same problem+json answers. The
	 * sensor gateways and exchange clients that send thousands of requests a second take this
	 * chain; an unknown or revoked token is refused by {@link ApiTokenAuthentication}.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiTokenSecurity(HttpSecurity http, ApiTokenAuthentication tokens, ProblemWriter problems)
			throws Exception {
		http.securityMatcher(SecurityConfiguration::carriesApiToken);
		authorizeRequests(http);
		http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.csrf(csrf -> csrf.disable());
		http.requestCache(cache -> cache.disable());
		http.logout(logout -> logout.disable());
		http.formLogin(form -> form.disable());
		http.addFilterBefore(tokens, BasicAuthenticationFilter.class);
		http.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain cityOsSecurity(HttpSecurity http, ProblemWriter problems,
			CookieCsrfTokenRepository csrfTokens, LogoutAudit logoutAudit, AuthenticationManager passwords,
			SessionFreshness freshness)
			throws Exception {
		// HTTP Basic goes through the same throttled, audited password check as the login page.
		http.authenticationManager(passwords);
		authorizeRequests(http);
		http.csrf(csrf -> {
			csrf.spa();
			csrf.csrfTokenRepository(csrfTokens);
			csrf.ignoringRequestMatchers(SecurityConfiguration::carriesNoAmbientCredentials);
		});
		http.addFilterAfter(new CsrfCookie(), BasicAuthenticationFilter.class);
		http.addFilterAfter(freshness, BasicAuthenticationFilter.class);
		http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
		http.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		http.formLogin(form -> form.disable());
		http.logout(logout -> logout.logoutUrl("/api/auth/logout").addLogoutHandler(logoutAudit)
			.logoutSuccessHandler((request, response, authentication) -> response.setStatus(204)));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
				"default-src 'self'; img-src 'self' data: blob: *; style-src 'self' 'unsafe-inline'; "
						+ "script-src 'self' 'unsafe-eval'; connect-src 'self'; frame-ancestors 'self'")));
		return http.build();
	}

	private static void authorizeRequests(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/api/auth/login", "/api/platform/status", "/api/public/**").permitAll()
			.requestMatchers("/api/**").authenticated()
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers("/actuator/**").hasRole("ADMIN")
			// Static UI pages, OpenAPI docs: public. Their data comes from /api, which is not.
			.anyRequest().permitAll());
	}

	static boolean carriesApiToken(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	/**
	 * CSRF abuses credentials a browser sends by itself: the session cookie. A request with Basic
	 * credentials in its Authorization header (authenticated by them, never by the cookie), or
	 * without any session, has none to abuse (it is then authenticated by its header or refused
	 * with 401). Login keeps CSRF against login forgery. (Bearer requests take the token chain.)
	 */
	static boolean carriesNoAmbientCredentials(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return true;
		}
		return request.getSession(false) == null && !"/api/auth/login".equals(request.getRequestURI());
	}

	/**
	 * No tracing observation per security filter, authentication and authorisation: on the hot
	 * ingest and query paths they cost a fifth of a request's CPU (micrometer key values and a
	 * long-task timer per filter). Requests are still measured as a whole (http.server.requests).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	CookieCsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return repository;
	}

	@Bean
	HttpSessionSecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetails accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AuditLog audit, TransactionTemplate transactions) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(List.of(new ThrottledPasswordAuthentication(passwords, throttle, audit, transactions)));
	}

	@Bean
	ApiTokenAuthentication apiTokenAuthentication(ApiTokens tokens, ProblemWriter problems) {
		return new ApiTokenAuthentication(tokens, problems);
	}

	@Bean
	SessionFreshness sessionFreshness(Accounts accounts) {
		return new SessionFreshness(accounts);
	}

	@Bean
	FilterRegistrationBean<SessionFreshness> sessionFreshnessRegistration(SessionFreshness filter) {
		FilterRegistrationBean<SessionFreshness> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/** The token filter runs inside the security chain only, not as a second servlet filter. */
	@Bean
	FilterRegistrationBean<ApiTokenAuthentication> apiTokenFilterRegistration(ApiTokenAuthentication filter) {
		FilterRegistrationBean<ApiTokenAuthentication> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/** Renders the deferred CSRF token so the cookie is always there for the UI to echo. */
	static final class CsrfCookie extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			// Machines with an Authorization header never echo the cookie; do not mint one for them.
			if (request.getHeader("Authorization") == null
					&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}
	}
}
