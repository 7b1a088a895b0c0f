package org.cityos.sensing.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubscribedTopicsTests {

	@Test
	void matchesTopicFiltersWithWildcards() {
		assertThat(SubscribedTopics.matches("v1.1/Datastreams(7)/Observations", "v1.1/Datastreams(7)/Observations")).isTrue();
		assertThat(SubscribedTopics.matches("v1.1/Datastreams(7)/Observations", "v1.1/Datastreams(70)/Observations")).isFalse();
		assertThat(SubscribedTopics.matches("v1.1/+/Observations", "v1.1/Datastreams(7)/Observations")).isTrue();
		assertThat(SubscribedTopics.matches("v1.1/+", "v1.1/Datastreams(7)/Observations")).isFalse();
		assertThat(SubscribedTopics.matches("v1.1/#", "v1.1/Observations")).isTrue();
		assertThat(SubscribedTopics.matches("v1.1/#", "v1.1")).isTrue();
		assertThat(SubscribedTopics.matches("#", "v1.0/Things")).isTrue();
		assertThat(SubscribedTopics.matches("v1.0/#", "v1.1/Things")).isFalse();
		assertThat(SubscribedTopics.matches("v1.1/Observations", "v1.1/Observations/x")).isFalse();
	}

	@Test
	void aTopicIsWantedOnlyWhileSomeoneSubscribes() {
		SubscribedTopics topics = new SubscribedTopics(0);
		assertThat(topics.any()).isFalse();
		topics.seen("$share/dashboards/v1.1/Observations");
		assertThat(topics.wanted("v1.1/Observations")).isTrue();
		assertThat(topics.wanted("v1.0/Observations")).isFalse();

		topics.forgetUnseen(System.nanoTime() + 1);
		assertThat(topics.any()).as("not in the broker's store any more: unsubscribed").isFalse();
	}

	@Test
	void aFilterSubscribedWhileTheStoreIsReadIsKept() {
		SubscribedTopics topics = new SubscribedTopics(0);
		long readStarted = System.nanoTime();
		topics.seen("v1.1/Things");
		topics.forgetUnseen(readStarted);
		assertThat(topics.wanted("v1.1/Things")).isTrue();
	}
}
