package org.cityos.sensing.sta;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SensorThings 1.1 entity types (MultiDatastreams are not offered), each with its table, its
 * properties and its navigation properties. Table aliases are the set's own short name so the
 * filter translation can write correlated sub-queries for to-one paths.
 */
public enum EntityType {

	THING("Things", "Thing", "sensing_thing"),
	LOCATION("Locations", "Location", "sensing_location"),
	HISTORICAL_LOCATION("HistoricalLocations", "HistoricalLocation", "sensing_historical_location"),
	SENSOR("Sensors", "Sensor", "sensing_sensor"),
	OBSERVED_PROPERTY("ObservedProperties", "ObservedProperty", "sensing_observed_property"),
	DATASTREAM("Datastreams", "Datastream", "sensing_datastream"),
	FEATURE_OF_INTEREST("FeaturesOfInterest", "FeatureOfInterest", "sensing_feature_of_interest"),
	OBSERVATION("Observations", "Observation", "sensing_observation");

	private final String set;

	private final String singular;

	private final String table;

	EntityType(String set, String singular, String table) {
		this.set = set;
		this.singular = singular;
		this.table = table;
	}

	public String set() {
		return set;
	}

	public String singular() {
		return singular;
	}

	public String table() {
		return table;
	}

	public static Optional<EntityType> bySet(String name) {
		return Arrays.stream(values()).filter(t -> t.set.equals(name)).findFirst();
	}

	/** How a property is stored. */
	public enum Kind {
		TEXT, JSON, GEOJSON, TIME, INTERVAL, RESULT
	}

	/** A property: its SensorThings name, its column (an interval: start column, end column). */
	public record Property(String name, String column, Kind kind, String endColumn, boolean required) {
	}

	/**
	 * A navigation property. To-one: {@code foreignKey} is the column of this entity holding the
	 * target's id. To-many: {@code condition} selects the targets (alias {@code t}) of parent {@code :pid}.
	 */
	public record Navigation(String name, EntityType target, boolean toMany, String foreignKey, String condition) {
	}

	public List<Property> properties() {
		return Shape.OF.get(this).properties();
	}

	public List<Navigation> navigations() {
		return Shape.OF.get(this).navigations();
	}

	/** Columns read for an entity: id, properties, to-one foreign keys. */
	public String selectList() {
		return Shape.OF.get(this).selectList();
	}

	/**
	 * Each type's properties, navigations and select list, built once: they are asked for per
	 * entity written (a hundred times for a page of Observations). A holder class, because the
	 * navigations name other constants, which exist only after the enum is initialised.
	 */
	private record Shape(List<Property> properties, List<Navigation> navigations, String selectList) {

		static final Map<EntityType, Shape> OF = shapes();

		private static Map<EntityType, Shape> shapes() {
			Map<EntityType, Shape> shapes = new EnumMap<>(EntityType.class);
			for (EntityType type : values()) {
				List<Property> properties = type.declaredProperties();
				List<Navigation> navigations = type.declaredNavigations();
				StringBuilder sql = new StringBuilder("t.id");
				for (Property p : properties) {
					sql.append(", t.").append(p.column());
					if (p.endColumn() != null) {
						sql.append(", t.").append(p.endColumn());
					}
				}
				for (Navigation n : navigations) {
					if (!n.toMany()) {
						sql.append(", t.").append(n.foreignKey());
					}
				}
				shapes.put(type, new Shape(properties, navigations, sql.toString()));
			}
			return shapes;
		}
	}

	private List<Property> declaredProperties() {
		return switch (this) {
			case THING -> List.of(text("name", true), text("description", true), json("properties"));
			case LOCATION -> List.of(text("name", true), text("description", true), new Property("encodingType", "encoding_type", Kind.TEXT, null, true),
					new Property("location", "location", Kind.GEOJSON, null, true), json("properties"));
			case HISTORICAL_LOCATION -> List.of(new Property("time", "time", Kind.TIME, null, true));
			case SENSOR -> List.of(text("name", true), text("description", true), new Property("encodingType", "encoding_type", Kind.TEXT, null, true),
					new Property("metadata", "metadata", Kind.TEXT, null, true), json("properties"));
			case OBSERVED_PROPERTY -> List.of(text("name", true), new Property("definition", "definition", Kind.TEXT, null, true),
					text("description", true), json("properties"));
			case DATASTREAM -> List.of(text("name", true), text("description", true),
					new Property("unitOfMeasurement", "unit_of_measurement", Kind.JSON, null, true),
					new Property("observationType", "observation_type", Kind.TEXT, null, true),
					new Property("observedArea", "observed_area", Kind.GEOJSON, null, false),
					new Property("phenomenonTime", "phenomenon_time_start", Kind.INTERVAL, "phenomenon_time_end", false),
					new Property("resultTime", "result_time_start", Kind.INTERVAL, "result_time_end", false), json("properties"));
			case FEATURE_OF_INTEREST -> List.of(text("name", true), text("description", true),
					new Property("encodingType", "encoding_type", Kind.TEXT, null, true),
					new Property("feature", "feature", Kind.GEOJSON, null, true), json("properties"));
			case OBSERVATION -> List.of(new Property("phenomenonTime", "phenomenon_time", Kind.INTERVAL, "phenomenon_time_end", false),
					new Property("resultTime", "result_time", Kind.TIME, null, false),
					new Property("result", "result_number", Kind.RESULT, "result_json", true),
					new Property("resultQuality", "result_quality", Kind.JSON, null, false),
					new Property("validTime", "valid_time_start", Kind.INTERVAL, "valid_time_end", false),
					new Property("parameters", "parameters", Kind.JSON, null, false));
		};
	}

	public Optional<Property> property(String name) {
		return properties().stream().filter(p -> p.name().equals(name)).findFirst();
	}

	private List<Navigation> declaredNavigations() {
		return switch (this) {
			case THING -> List.of(
					many("Locations", LOCATION, "t.id in (select location_id from sensing_thing_location where thing_id = :pid)"),
					many("HistoricalLocations", HISTORICAL_LOCATION, "t.thing_id = :pid"),
					many("Datastreams", DATASTREAM, "t.thing_id = :pid"));
			case LOCATION -> List.of(
					many("Things", THING, "t.id in (select thing_id from sensing_thing_location where location_id = :pid)"),
					many("HistoricalLocations", HISTORICAL_LOCATION,
							"t.id in (select historical_location_id from sensing_historical_location_location where location_id = :pid)"));
			case HISTORICAL_LOCATION -> List.of(one("Thing", THING, "thing_id"),
					many("Locations", LOCATION,
							"t.id in (select location_id from sensing_historical_location_location where historical_location_id = :pid)"));
			case SENSOR -> List.of(many("Datastreams", DATASTREAM, "t.sensor_id = :pid"));
			case OBSERVED_PROPERTY -> List.of(many("Datastreams", DATASTREAM, "t.observed_property_id = :pid"));
			case DATASTREAM -> List.of(one("Thing", THING, "thing_id"), one("Sensor", SENSOR, "sensor_id"),
					one("ObservedProperty", OBSERVED_PROPERTY, "observed_property_id"),
					many("Observations", OBSERVATION, "t.datastream_id = :pid"));
			case FEATURE_OF_INTEREST -> List.of(many("Observations", OBSERVATION, "t.feature_of_interest_id = :pid"));
			case OBSERVATION -> List.of(one("Datastream", DATASTREAM, "datastream_id"),
					one("FeatureOfInterest", FEATURE_OF_INTEREST, "feature_of_interest_id"));
		};
	}

	public Optional<Navigation> navigation(String name) {
		return navigations().stream().filter(n -> n.name().equals(name)).findFirst();
	}

	private static Property text(String name, boolean required) {
		return new Property(name, name, Kind.TEXT, null, required);
	}

	private static Property json(String name) {
		return new Property(name, name, Kind.JSON, null, false);
	}

	private static Navigation many(String name, EntityType target, String condition) {
		return new Navigation(name, target, true, null, condition);
	}

	private static Navigation one(String name, EntityType target, String foreignKey) {
		return new Navigation(name, target, false, foreignKey, null);
	}
}
