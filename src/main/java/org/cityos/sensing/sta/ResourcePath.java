package org.cityos.sensing.sta;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityos.sensing.sta.EntityType.Navigation;
import org.cityos.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * A SensorThings resource path after the version ({@code Things(1)/Datastreams}, {@code Datastreams(1)/Thing/name/$value},
 * {@code Things/$ref}) resolved against the data: what it addresses, or 404.
 */
public final class ResourcePath {

	private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\((\\d{1,18})\\))?");

	/** What a path addresses. */
	public sealed interface Target {
	}

	/** A set of entities: a whole entity set or a to-many navigation from one entity ({@code parent}). */
	public record Collection(EntityType type, String condition, Map<String, Object> parameters,
			EntityWrites.@Nullable Parent parent) implements Target {
	}

	/** One entity. */
	public record Entity(EntityRow row) implements Target {
	}

	/** One property of one entity; {@code raw} for {@code /$value}. */
	public record PropertyValue(EntityRow row, String property, boolean raw) implements Target {
	}

	/** {@code /$ref} of a collection or an entity. */
	public record Reference(Target of) implements Target {
	}

	private ResourcePath() {
	}

	public static Target resolve(String path, EntityReader reader) {
		String[] segments = path.split("/");
		Target current = null;
		for (int i = 0; i < segments.length; i++) {
			String segment = segments[i];
			if (segment.isEmpty()) {
				throw new NotFoundException("Empty path segment");
			}
			if (segment.equals("$ref")) {
				if (i != segments.length - 1 || !(current instanceof Collection || current instanceof Entity)) {
					throw new NotFoundException("$ref only ends the path of an entity or a collection");
				}
				return new Reference(current);
			}
			if (segment.equals("$value")) {
				if (i != segments.length - 1 || !(current instanceof PropertyValue value)) {
					throw new NotFoundException("$value only follows a property");
				}
				return new PropertyValue(value.row(), value.property(), true);
			}
			Matcher matcher = SEGMENT.matcher(segment);
			if (!matcher.matches()) {
				throw new NotFoundException("No such resource: " + segment);
			}
			String name = matcher.group(1);
			Long id = matcher.group(2) == null ? null : Long.parseLong(matcher.group(2));
			current = step(current, name, id, reader);
		}
		if (current == null) {
			throw new NotFoundException("No resource");
		}
		return current;
	}

	private static Target step(@Nullable Target current, String name, @Nullable Long id, EntityReader reader) {
		if (current == null) {
			EntityType type = EntityType.bySet(name).orElseThrow(() -> new NotFoundException("No entity set " + name));
			return id == null ? new Collection(type, "true", Map.of(), null) : entity(type, id, reader);
		}
		if (current instanceof Entity entity) {
			EntityRow row = entity.row();
			Optional<Navigation> navigation = row.type().navigation(name);
			if (navigation.isPresent()) {
				Navigation n = navigation.get();
				if (n.toMany()) {
					Collection collection = children(row.type(), row.id(), n);
					if (id == null) {
						return collection;
					}
					return reader.query(n.target(), n.condition() + " and t.id = :id", Map.of("pid", row.id(), "id", id),
							org.cityos.sensing.sta.query.QueryOptions.none()).rows().stream().findFirst().<Target>map(Entity::new)
						.orElseThrow(() -> new NotFoundException(n.target().singular() + " " + id + " is not in " + name));
				}
				Long key = row.foreignKeys().get(n.foreignKey());
				if (key == null || id != null) {
					throw new NotFoundException(row.type().singular() + " " + row.id() + " has no " + name);
				}
				return entity(n.target(), key, reader);
			}
			if (id == null && (row.type().property(name).isPresent() || name.equals("id"))) {
				return new PropertyValue(row, name, false);
			}
			throw new NotFoundException(row.type().singular() + " has no property or navigation " + name);
		}
		throw new NotFoundException("Nothing follows " + name);
	}

	/**
	 * {@code Datastreams(id)/Observations} of a Datastream the caller knows to exist: what
	 * {@link #resolve} answers, without reading the Datastream's row.
	 */
	public static Collection observationsOf(long datastream) {
		return children(EntityType.DATASTREAM, datastream, EntityType.DATASTREAM.navigation("Observations").orElseThrow());
	}

	private static Collection children(EntityType type, long id, Navigation navigation) {
		return new Collection(navigation.target(), navigation.condition(), Map.of("pid", id), new EntityWrites.Parent(type, id, navigation));
	}

	private static Entity entity(EntityType type, long id, EntityReader reader) {
		return new Entity(reader.byId(type, id).orElseThrow(() -> new NotFoundException(type.singular() + " " + id + " does not exist")));
	}
}
