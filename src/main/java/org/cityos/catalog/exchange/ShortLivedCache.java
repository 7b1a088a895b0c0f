package org.cityos.catalog.exchange;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers looked-up values for a short time so that a busy exchange client does not cost a
 * lookup per read. Values are loaded without a lock (two threads may load the same key at once;
 * both get a correct answer). Evicting makes the next read load afresh.
 */
final class ShortLivedCache<K, V> {

	private final Duration ttl;

	private final Map<K, Held<V>> held = new ConcurrentHashMap<>();

	ShortLivedCache(Duration ttl) {
		this.ttl = ttl;
	}

	V get(K key, Function<K, V> loader) {
		long now = System.nanoTime();
		Held<V> value = held.get(key);
		if (value == null || now - value.loadedAt() > ttl.toNanos()) {
			value = new Held<>(loader.apply(key), now);
			if (!ttl.isZero()) {
				held.put(key, value);
			}
		}
		return value.value();
	}

	void evict(K key) {
		held.remove(key);
	}

	void evictAll() {
		held.clear();
	}

	private record Held<V>(V value, long loadedAt) {
	}
}
