package org.cityos.catalog.sharing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cityos.catalog.*} settings of sharing. Local rules set the reply limit (STANDARDS.md
 * §2: conditional requests answered within 5 working days).
 *
 * @param requestReplyWorkingDays working days a provider has to answer a conditional request
 * @param grantCacheTtl           how long an instance trusts a department's looked-up grants; a revocation on
 *                                the same instance takes effect at once, on other instances within this time
 */
@ConfigurationProperties("cityos.catalog")
public record SharingProperties(@DefaultValue("5") int requestReplyWorkingDays,
		@DefaultValue("PT5S") Duration grantCacheTtl) {

	public SharingProperties {
		if (requestReplyWorkingDays < 1 || requestReplyWorkingDays > 60) {
			throw new IllegalArgumentException("cityos.catalog.request-reply-working-days must be 1..60, was "
					+ requestReplyWorkingDays);
		}
		if (grantCacheTtl.isNegative()) {
			throw new IllegalArgumentException("cityos.catalog.grant-cache-ttl must not be negative");
		}
	}
}
