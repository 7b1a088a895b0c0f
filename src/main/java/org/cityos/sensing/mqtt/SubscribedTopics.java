package org.cityos.sensing.mqtt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topic filters someone subscribes to on the embedded broker, so that notifications nobody
 * receives are neither serialised nor published: at tens of thousands of observations a second,
 * publishing four messages per observation into an empty broker costs more than storing them.
 * <p>
 * A filter is known the moment its SUBSCRIBE arrives and confirmed by a periodic read of the
 * broker's subscription store (both call {@link #seen}); one not seen for
 * {@code forgetAfterNanos} (unsubscribed, client and session gone) is forgotten. A stale filter
 * only costs publishing to nobody; a missing one would lose notifications, so the error is always
 * on the side of keeping.
 */
final class SubscribedTopics {

	private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();

	private final long forgetAfterNanos;

	SubscribedTopics(long forgetAfterNanos) {
		this.forgetAfterNanos = forgetAfterNanos;
	}

	void seen(String filter) {
		lastSeen.put(withoutShareGroup(filter), System.nanoTime());
	}

	/** After a read of the store that began at {@code since}: forgets filters not seen since then, less the grace. */
	void forgetUnseen(long since) {
		lastSeen.values().removeIf(seen -> seen < since - forgetAfterNanos);
	}

	boolean any() {
		return !lastSeen.isEmpty();
	}

	boolean wanted(String topic) {
		for (String filter : lastSeen.keySet()) {
			if (matches(filter, topic)) {
				return true;
			}
		}
		return false;
	}

	/** MQTT 3.1.1 §4.7 matching: {@code +} one level, {@code #} this level and all below. */
	static boolean matches(String filter, String topic) {
		int f = 0;
		int t = 0;
		while (f < filter.length()) {
			char c = filter.charAt(f);
			if (c == '#') {
				return true;
			}
			if (c == '+') {
				while (t < topic.length() && topic.charAt(t) != '/') {
					t++;
				}
				f++;
				continue;
			}
			if (t >= topic.length()) {
				// "a/#" also matches "a": the '#' covers the parent level
				return filter.startsWith("/#", f);
			}
			if (c != topic.charAt(t)) {
				return false;
			}
			f++;
			t++;
		}
		return t == topic.length();
	}

	private static String withoutShareGroup(String filter) {
		if (filter.startsWith("$share/")) {
			int slash = filter.indexOf('/', "$share/".length());
			return slash < 0 ? filter : filter.substring(slash + 1);
		}
		return filter;
	}
}
