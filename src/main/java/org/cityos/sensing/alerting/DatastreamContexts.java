package org.cityos.sensing.alerting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cityos.geography.CityMap;
import org.cityos.geography.Location;
import org.cityos.shared.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What rules are scoped by, per datastream: its ObservedProperty's name, its sensor kind
 * ({@code properties.kind} of the Datastream, else of its Thing) and the division codes (grid,
 * community, street, district) of its Thing's first Location point, located with {@link CityMap}.
 * Cached per datastream and looked up again after {@code TTL}, so a Thing moved or a Datastream
 * edited through the SensorThings API is seen within minutes without a query per observation.
 * Unknown datastreams (deleted meanwhile) get an empty context.
 */
@Component
class DatastreamContexts {

	static final Duration TTL = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final CityMap cityMap;

	private final Map<Long, Context> known = new ConcurrentHashMap<>();

	record Context(@Nullable String observedProperty, @Nullable String sensorKind, List<String> divisionCodes, long loadedAt) {
	}

	DatastreamContexts(JdbcClient jdbc, CityMap cityMap) {
		this.jdbc = jdbc;
		this.cityMap = cityMap;
	}

	/** The contexts of these datastreams, loading the unknown or stale ones with one query. */
	Map<Long, Context> of(Collection<Long> datastreams) {
		long now = System.currentTimeMillis();
		Map<Long, Context> out = new HashMap<>();
		List<Long> missing = new ArrayList<>();
		for (Long id : datastreams) {
			Context context = known.get(id);
			if (context == null || now - context.loadedAt() > TTL.toMillis()) {
				missing.add(id);
			}
			else {
				out.put(id, context);
			}
		}
		if (!missing.isEmpty()) {
			Map<Long, Context> loaded = load(missing, now);
			for (Long id : missing) {
				Context context = loaded.getOrDefault(id, new Context(null, null, List.of(), now));
				known.put(id, context);
				out.put(id, context);
			}
		}
		return out;
	}

	private Map<Long, Context> load(List<Long> ids, long now) {
		Map<Long, Context> out = new HashMap<>();
		jdbc.sql("""
				select d.id, op.name, coalesce(d.properties ->> 'kind', t.properties ->> 'kind'), loc.lon, loc.lat
				from sensing_datastream d
				join sensing_thing t on t.id = d.thing_id
				join sensing_observed_property op on op.id = d.observed_property_id
				left join lateral (
				    select (g -> 'coordinates' ->> 0)::float8 as lon, (g -> 'coordinates' ->> 1)::float8 as lat
				    from sensing_thing_location tl join sensing_location sl on sl.id = tl.location_id,
				         lateral (select coalesce(sl.location -> 'geometry', sl.location) as g) geo
				    where tl.thing_id = t.id and g ->> 'type' = 'Point'
				    order by sl.id limit 1) loc on true
				where d.id = any(:ids)""")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> {
				double lon = rs.getDouble(4);
				boolean placed = !rs.wasNull();
				double lat = rs.getDouble(5);
				placed = placed && !rs.wasNull();
				out.put(rs.getLong(1), new Context(rs.getString(2), rs.getString(3), placed ? divisions(lon, lat) : List.of(), now));
				return null;
			})
			.list();
		return out;
	}

	private List<String> divisions(double lon, double lat) {
		Optional<Location> location;
		try {
			location = cityMap.locate(new GeoPoint(lon, lat));
		}
		catch (RuntimeException ex) {
			return List.of(); // coordinates out of range: no area, the other scopes still apply
		}
		return location.map(l -> List.of(l.grid().code().value(), l.community().code().value(), l.street().code().value(),
				l.district().code().value())).orElse(List.of());
	}
}
