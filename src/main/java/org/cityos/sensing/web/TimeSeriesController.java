package org.cityos.sensing.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.cityos.sensing.storage.DatastreamDirectory;
import org.cityos.sensing.storage.TimeSeries;
import org.cityos.sensing.storage.TimeSeries.Point;
import org.cityos.sensing.storage.TimeSeries.Resolution;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A datastream's values for the charts: {@code from}/{@code to} ISO 8601 with offset (default the
 * last 24 hours), {@code resolution} RAW, MINUTE, HOUR or DAY (default: chosen by the range's
 * length). Points are {@code [epoch millis, avg, min, max, count]}, oldest first — arrays, not
 * objects, because a chart of a month of minutes is otherwise mostly property names. Anyone logged
 * in, as the SensorThings API.
 */
@RestController
class TimeSeriesController {

	private static final Duration LONGEST = Duration.ofDays(800);

	private final TimeSeries series;

	private final DatastreamDirectory datastreams;

	TimeSeriesController(TimeSeries series, DatastreamDirectory datastreams) {
		this.series = series;
		this.datastreams = datastreams;
	}

	record SeriesView(long datastream, Resolution resolution, Instant from, Instant to, boolean truncated,
			List<double[]> points) {
	}

	@GetMapping("/api/sensing/datastreams/{id}/series")
	@PreAuthorize("isAuthenticated()")
	SeriesView series(@PathVariable long id, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String resolution) {
		Instant end = to == null || to.isBlank() ? Instant.now() : instant("to", to);
		Instant start = from == null || from.isBlank() ? end.minus(Duration.ofDays(1)) : instant("from", from);
		if (!start.isBefore(end)) {
			throw InvalidInputException.ofField("from", "must be before to");
		}
		if (Duration.between(start, end).compareTo(LONGEST) > 0) {
			throw InvalidInputException.ofField("from", "at most 800 days before to");
		}
		Resolution chosen = resolution == null || resolution.isBlank() ? Resolution.choose(Duration.between(start, end))
				: resolution(resolution);
		if (datastreams.find(id).isEmpty()) {
			throw new NotFoundException("No Datastream " + id);
		}
		List<Point> points = series.points(id, start, end, chosen);
		List<double[]> rows = points.stream()
			.map(p -> new double[] { p.time().toEpochMilli(), p.avg(), p.min(), p.max(), p.count() })
			.toList();
		boolean truncated = chosen == Resolution.RAW && points.size() >= TimeSeries.MAX_RAW_POINTS;
		return new SeriesView(id, chosen, start, end, truncated, rows);
	}

	private static Instant instant(String field, String text) {
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeException ex) {
			throw InvalidInputException.ofField(field, "not an ISO 8601 time with offset (2026-05-01T10:00:00+08:00): " + text);
		}
	}

	private static Resolution resolution(String text) {
		try {
			return Resolution.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.ofField("resolution", "RAW, MINUTE, HOUR or DAY, not " + text);
		}
	}
}
