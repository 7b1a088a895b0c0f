package org.cityos.sensing.sta;

import java.util.List;
import java.util.Optional;

import org.cityos.sensing.sta.EntityType.Kind;
import org.cityos.sensing.sta.EntityType.Navigation;
import org.cityos.sensing.sta.EntityType.Property;
import org.cityos.sensing.sta.query.Columns;
import org.cityos.sensing.sta.query.Columns.ValueType;

/**
 * The SQL of property paths of an entity set for the filter translation: own columns, JSON paths
 * into {@code properties} (and {@code result}, {@code unitOfMeasurement}, ...), and to-one paths as
 * correlated sub-queries ({@code Datastream/Thing/name}). Geometry has no SQL form here.
 */
final class EntityColumns implements Columns {

	private final EntityType type;

	private final String alias;

	private final int depth;

	EntityColumns(EntityType type) {
		this(type, "t", 0);
	}

	private EntityColumns(EntityType type, String alias, int depth) {
		this.type = type;
		this.alias = alias;
		this.depth = depth;
	}

	@Override
	public Optional<Column> column(List<String> path) {
		String first = path.get(0);
		if (path.size() == 1 && (first.equals("id") || first.equals("@iot.id"))) {
			return Optional.of(new Column(alias + ".id", ValueType.NUMBER));
		}
		Optional<Property> property = type.property(first);
		if (property.isPresent()) {
			return own(property.get(), path.subList(1, path.size()));
		}
		Optional<Navigation> navigation = type.navigation(first);
		if (navigation.isPresent() && !navigation.get().toMany() && path.size() > 1 && depth < 4) {
			String inner = "n" + depth;
			EntityColumns target = new EntityColumns(navigation.get().target(), inner, depth + 1);
			return target.column(path.subList(1, path.size())).map(c -> new Column("(select " + c.sql() + " from "
					+ navigation.get().target().table() + " " + inner + " where " + inner + ".id = " + alias + "."
					+ navigation.get().foreignKey() + ")", c.type()));
		}
		if (type.navigation(first).isPresent() || type.property(first).isPresent()) {
			return Optional.empty();
		}
		throw new org.cityos.sensing.sta.query.FilterSyntaxException(
				"Unknown property " + String.join("/", path) + " of " + type.singular());
	}

	private Optional<Column> own(Property property, List<String> rest) {
		String column = alias + "." + property.column();
		if (property.kind() == Kind.GEOJSON) {
			return Optional.empty();
		}
		if (!rest.isEmpty()) {
			if (property.kind() == Kind.JSON) {
				return Optional.of(new Column("(" + column + " #> '" + jsonPath(rest) + "')", ValueType.JSON));
			}
			if (property.kind() == Kind.RESULT) {
				return Optional.of(new Column("(" + alias + "." + property.endColumn() + " #> '" + jsonPath(rest) + "')", ValueType.JSON));
			}
			return Optional.empty();
		}
		return Optional.of(switch (property.kind()) {
			case TEXT -> new Column(column, ValueType.TEXT);
			case JSON -> new Column(column, ValueType.JSON);
			case TIME -> new Column(column, ValueType.TIME);
			case INTERVAL -> new Column(column, ValueType.TIME, alias + "." + property.endColumn());
			case RESULT -> new Column(column + "|" + alias + "." + property.endColumn(), ValueType.RESULT);
			default -> throw new IllegalStateException();
		});
	}

	private static String jsonPath(List<String> segments) {
		StringBuilder path = new StringBuilder("{");
		for (int i = 0; i < segments.size(); i++) {
			String segment = segments.get(i);
			if (!segment.matches("[A-Za-z0-9_@.\\-\\[\\]]+")) {
				throw new org.cityos.sensing.sta.query.FilterSyntaxException("Unsupported property name: " + segment);
			}
			path.append(i == 0 ? "" : ",").append(segment.replaceAll("^\\[(\\d+)\\]$", "$1"));
		}
		return path.append("}").toString();
	}
}
