package org.cityos.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 重复件: an open case of the same category within {@code duplicateDistanceMetres} of the point,
 * taken in during the {@code duplicateWindow} before, is a suggested duplicate. A bounding box on
 * latitude and longitude narrows the candidates (index on category and intake time); the
 * haversine distance decides. Only a suggestion: the operator merges.
 */
@Component
public class DuplicateFinder {

	private static final double EARTH_RADIUS_METRES = 6_371_000;

	/** A possible duplicate, nearest first. */
	public record Suggestion(String number, CaseStatus status, String categoryCode, Instant createdAt,
			String description, String address, int distanceMetres) {
	}

	private final JdbcClient jdbc;

	private final CasesProperties properties;

	DuplicateFinder(JdbcClient jdbc, CasesProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** Open cases like {@code c} near it, not itself nor already merged into it. */
	public List<Suggestion> around(Case c) {
		CasePlace place = c.place();
		if (place == null || place.lon() == null || place.lat() == null) {
			return List.of();
		}
		return near(c.categoryCode(), place.lon(), place.lat(), c.createdAt(), c.number());
	}

	List<Suggestion> near(String category, double lon, double lat, Instant at, String self) {
		double metres = properties.duplicateDistanceMetres();
		double dLat = Math.toDegrees(metres / EARTH_RADIUS_METRES);
		double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
		return jdbc.sql("""
				select * from (
				  select number, status, category_code, created_at, description, coalesce(address, '') as address,
				    2 * 6371000 * asin(sqrt(power(sin(radians(lat - :lat) / 2), 2)
				      + cos(radians(:lat)) * cos(radians(lat)) * power(sin(radians(lon - :lon) / 2), 2))) as distance
				  from cases_case
				  where category_code = :category and status not in ('CLOSED', 'REJECTED', 'MERGED')
				    and created_at >= :since and created_at <= :until and number <> :self
				    and lat between :lat - :dLat and :lat + :dLat and lon between :lon - :dLon and :lon + :dLon
				) near where distance <= :metres order by distance, created_at limit 10
				""").param("lat", lat).param("lon", lon).param("category", category)
			.param("since", Timestamp.from(at.minus(properties.duplicateWindow())))
			.param("until", Timestamp.from(at.plus(properties.duplicateWindow())))
			.param("self", self).param("dLat", dLat).param("dLon", dLon).param("metres", metres)
			.query((rs, n) -> new Suggestion(rs.getString("number"), CaseStatus.valueOf(rs.getString("status")),
					rs.getString("category_code"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("description"), rs.getString("address"), (int) Math.round(rs.getDouble("distance"))))
			.list();
	}
}
