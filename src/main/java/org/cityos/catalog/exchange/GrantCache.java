package org.cityos.catalog.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cityos.catalog.GrantIssued;
import org.cityos.catalog.GrantRevoked;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.sharing.Grant;
import org.cityos.catalog.sharing.Grants;
import org.cityos.catalog.sharing.SharedResources;
import org.cityos.catalog.sharing.SharedResources.Entry;
import org.cityos.catalog.sharing.SharingProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the exchange looks up before every read, held for {@code cityos.catalog.grant-cache-ttl}:
 * a department's grants on a resource and the resource's current version. A grant issued or
 * revoked on this instance is forgotten at once (again after its commit, so that a read racing
 * the change cannot keep the old answer); other instances see it within the time to live.
 * Expiry needs no eviction: each use checks the grants against the clock.
 */
@Component
class GrantCache {

	private final Grants grants;

	private final SharedResources resources;

	private final ShortLivedCache<GrantKey, List<Grant>> grantsHeld;

	private final ShortLivedCache<ResourceCode, Optional<Entry>> resourcesHeld;

	GrantCache(Grants grants, SharedResources resources, SharingProperties properties) {
		this.grants = grants;
		this.resources = resources;
		this.grantsHeld = new ShortLivedCache<>(properties.grantCacheTtl());
		this.resourcesHeld = new ShortLivedCache<>(properties.grantCacheTtl());
	}

	private record GrantKey(String consumerCode, ResourceCode resourceCode) {
	}

	/** The department's grants on the resource that are live at {@code now}. */
	List<Grant> live(String consumerCode, ResourceCode resourceCode, Instant now) {
		// Checked against the clock on every use: a grant that expires while held stops at once.
		List<Grant> held = grantsHeld.get(new GrantKey(consumerCode, resourceCode),
				key -> grants.live(key.consumerCode(), key.resourceCode(), now));
		return held.stream().filter(g -> g.liveAt(now)).toList();
	}

	Optional<Entry> resource(ResourceCode code) {
		return resourcesHeld.get(code, resources::find);
	}

	@EventListener
	void issued(GrantIssued issued) {
		grantsHeld.evict(new GrantKey(issued.consumerCode(), issued.resourceCode()));
	}

	@EventListener
	void revoked(GrantRevoked revoked) {
		grantsHeld.evict(new GrantKey(revoked.consumerCode(), revoked.resourceCode()));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void issuedAndCommitted(GrantIssued issued) {
		issued(issued);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void revokedAndCommitted(GrantRevoked revoked) {
		revoked(revoked);
	}
}
