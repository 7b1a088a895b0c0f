package org.cityos.geography;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityos.geography.geojson.GeoJsonDivisionReader;
import org.cityos.geography.geojson.GeoJsonLayer;
import org.cityos.shared.GeoPoint;
import org.cityos.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The city's one map (一张图): imports divisions and unit grids, tells which grid, community,
 * street and district a point lies in, and serves the map's layers.
 * <p>
 * The database is the source of truth; lookups and layers are answered from an in-memory
 * {@link MapSnapshot} loaded when the application is ready (or on first use), rebuilt after
 * every import and, when another instance imported, on the next periodic check. An import is
 * checked completely before anything is written and then written in one transaction, so a
 * bad file changes nothing.
 */
@Service
public class CityMap {

	private static final Logger log = LoggerFactory.getLogger(CityMap.class);

	public static final int MAX_SEARCH_RESULTS = 100;

	private final Divisions divisions;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditLog audit;

	private final GeoJsonDivisionReader reader = new GeoJsonDivisionReader();

	private volatile @Nullable MapSnapshot snapshot;

	CityMap(Divisions divisions, PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock, AuditLog audit) {
		this.audit = audit;
		this.divisions = divisions;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * The unit grid at a WGS-84 point with its community, street and district; empty outside
	 * the city. A point on the edge between grids belongs to the grid with the lowest code, so
	 * the answer never depends on chance.
	 */
	public Optional<Location> locate(GeoPoint point) {
		return Optional.ofNullable(snapshot().locate(point.lon(), point.lat()));
	}

	/**
	 * Imports a GeoJSON FeatureCollection (see {@link GeoJsonDivisionReader} for its shape).
	 *
	 * @throws org.cityos.shared.InvalidInputException listing every problem; nothing is written then
	 */
	public ImportSummary importGeoJson(String geoJson, ImportMode mode) {
		return importFeatures(reader.read(geoJson), mode);
	}

	/**
	 * Imports divisions, e.g. from a generator. Parents must be in the list or, when merging,
	 * already on the map; order does not matter.
	 *
	 * @throws org.cityos.shared.InvalidInputException listing every problem; nothing is written then
	 */
	public ImportSummary importFeatures(List<DivisionFeature> features, ImportMode mode) {
		ImportCheck.checkContents(features, mode);
		Instant importedAt = clock.instant();
		List<Division> rows = features.stream().map(feature -> toDivision(feature, importedAt)).toList();
		ImportSummary summary = summarise(features, mode);
		transactions.executeWithoutResult(status -> {
			divisions.lockForImport();
			ImportCheck.checkParents(features, mode, divisions::existing);
			if (mode == ImportMode.REPLACE) {
				divisions.deleteAll();
			}
			divisions.upsert(rows);
			audit.record("geography.map.imported", mode.name(), AuditOutcome.SUCCESS, summary.districts() + " districts, "
					+ summary.streets() + " streets, " + summary.communities() + " communities, " + summary.grids() + " grids");
			events.publishEvent(new CityMapImported(summary, importedAt));
		});
		log.info("Imported {} divisions ({}): {} districts, {} streets, {} communities, {} grids", summary.total(),
				mode, summary.districts(), summary.streets(), summary.communities(), summary.grids());
		try {
			reload();
		}
		catch (RuntimeException e) {
			// The import is committed; the map reloads on next use rather than failing the caller.
			snapshot = null;
			log.error("Imported, but could not reload the city map", e);
		}
		return summary;
	}

	/** Whether nothing has been imported yet: the demo loads its city then. */
	public boolean isEmpty() {
		return divisions.version().divisions() == 0;
	}

	public Optional<Division> division(DivisionCode code) {
		return divisions.findByCode(code);
	}

	/**
	 * A division with its parent's name and the number of divisions inside it.
	 *
	 * @throws NotFoundException if no division has this code
	 */
	public DivisionProfile profile(DivisionCode code) {
		Division division = divisions.findByCode(code)
			.orElseThrow(() -> new NotFoundException("no division or grid with code " + code));
		String parentName = division.parentCode() == null ? null
				: divisions.findByCode(division.parentCode()).map(Division::name).orElse(null);
		return new DivisionProfile(division, parentName, divisions.countContained(code));
	}

	/** Divisions whose code starts with, or whose name contains, the text; coarse levels first. */
	public List<DivisionSummary> search(String text, @Nullable DivisionLevel level, int limit) {
		return divisions.search(text.strip(), level, Math.max(1, Math.min(MAX_SEARCH_RESULTS, limit)));
	}

	/** A level of the map as UTF-8 GeoJSON, all of it or the features meeting a box. */
	public byte[] layer(DivisionLevel level, @Nullable BoundingBox box) {
		GeoJsonLayer layer = snapshot().layer(level);
		return box == null ? layer.all() : layer.within(box.toEnvelope());
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadWhenReady() {
		try {
			reload();
		}
		catch (RuntimeException e) {
			// Not fatal: the map loads on first use instead.
			log.warn("Could not load the city map at start-up; will retry on first use", e);
		}
	}

	/** Picks up imports made by other instances sharing the database. */
	@Scheduled(fixedDelayString = "${cityos.geography.refresh-interval:PT1M}",
			initialDelayString = "${cityos.geography.refresh-interval:PT1M}")
	void reloadIfChangedElsewhere() {
		MapSnapshot current = snapshot;
		if (current == null) {
			return;
		}
		try {
			if (!divisions.version().equals(current.version())) {
				reload();
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not check whether the city map changed", e);
		}
	}

	private MapSnapshot snapshot() {
		MapSnapshot current = snapshot;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			current = snapshot;
			return current != null ? current : reload();
		}
	}

	/** Reads the whole map from the database; serialised so that the last reload reads the latest state. */
	private synchronized MapSnapshot reload() {
		long started = System.nanoTime();
		MapVersion version = divisions.version();
		MapSnapshot loaded = MapSnapshot.of(divisions.findAll(), version);
		snapshot = loaded;
		log.info("City map loaded in {} ms: {}", (System.nanoTime() - started) / 1_000_000, loaded);
		return loaded;
	}

	private static Division toDivision(DivisionFeature feature, Instant importedAt) {
		var centroid = feature.geometry().getCentroid();
		return new Division(feature.code(), feature.name().strip(), feature.code().parent(), feature.geometry(),
				new GeoPoint(centroid.getX(), centroid.getY()), GroundArea.squareMetres(feature.geometry()),
				importedAt);
	}

	private static ImportSummary summarise(List<DivisionFeature> features, ImportMode mode) {
		Map<DivisionLevel, Integer> counts = new EnumMap<>(DivisionLevel.class);
		features.forEach(feature -> counts.merge(feature.level(), 1, Integer::sum));
		return new ImportSummary(mode, counts.getOrDefault(DivisionLevel.DISTRICT, 0),
				counts.getOrDefault(DivisionLevel.STREET, 0), counts.getOrDefault(DivisionLevel.COMMUNITY, 0),
				counts.getOrDefault(DivisionLevel.GRID, 0));
	}
}
