package org.cityos.sensing.storage;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What ingestion needs to know of a datastream, cached: its observation type and the feature of
 * interest its Observations get when they name none (generated once from the Thing's Location, as
 * SensorThings 1.1 §8.2.7.1 asks). The SensorThings write paths {@link #forget} what they change;
 * an entry is also read again after {@link #RECHECK}, so a change made through another instance
 * reaches this one within it.
 */
@Component
public class DatastreamDirectory {

	private final JdbcClient jdbc;

	static final Duration RECHECK = Duration.ofMinutes(1);

	private final Map<Long, Known> known = new ConcurrentHashMap<>();

	DatastreamDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Datastream> find(long id) {
		Known cached = known.get(id);
		if (cached != null && System.nanoTime() - cached.checkedAt() < RECHECK.toNanos()) {
			return Optional.of(cached.datastream());
		}
		Optional<Datastream> loaded = jdbc.sql("select d.id, d.observation_type, d.thing_id from sensing_datastream d where d.id = :id")
			.param("id", id)
			.query((rs, n) -> new Datastream(rs.getLong(1), ObservationType.of(rs.getString(2)), rs.getLong(3), null, false))
			.optional();
		loaded.ifPresentOrElse(this::remember, () -> known.remove(id));
		return loaded;
	}

	/** The feature of interest generated from the datastream's Thing's Location, or null when the Thing has none. */
	public @Nullable Long generatedFeatureOfInterest(Datastream datastream) {
		if (datastream.featureResolved()) {
			return datastream.featureOfInterest();
		}
		Optional<Long> location = jdbc.sql("select location_id from sensing_thing_location where thing_id = :t order by location_id limit 1")
			.param("t", datastream.thingId()).query(Long.class).optional();
		if (location.isEmpty()) {
			// remembered too: a Thing without a Location must not cost a query per observation
			remember(new Datastream(datastream.id(), datastream.observationType(), datastream.thingId(), null, true));
			return null;
		}
		jdbc.sql("""
				insert into sensing_feature_of_interest (name, description, encoding_type, feature, generated_from_location)
				select name, description, encoding_type, location, id from sensing_location where id = :l
				on conflict (generated_from_location) do nothing""").param("l", location.get()).update();
		Long feature = jdbc.sql("select id from sensing_feature_of_interest where generated_from_location = :l")
			.param("l", location.get()).query(Long.class).single();
		remember(new Datastream(datastream.id(), datastream.observationType(), datastream.thingId(), feature, true));
		return feature;
	}

	private void remember(Datastream datastream) {
		known.put(datastream.id(), new Known(datastream, System.nanoTime()));
	}

	public void forget(long datastreamId) {
		known.remove(datastreamId);
		afterTransaction(() -> known.remove(datastreamId));
	}

	public void forgetAll() {
		known.clear();
		afterTransaction(known::clear);
	}

	/** Forgotten again when the changing transaction ends: a reader in between may have cached the rows it changes. */
	private static void afterTransaction(Runnable forget) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget.run();
				}
			});
		}
	}

	private record Known(Datastream datastream, long checkedAt) {
	}

	/** A datastream as ingestion sees it. */
	public record Datastream(long id, ObservationType observationType, long thingId, @Nullable Long featureOfInterest,
			boolean featureResolved) {
	}
}
