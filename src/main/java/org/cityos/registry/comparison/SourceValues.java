package org.cityos.registry.comparison;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.cityos.catalog.ResourceCode;
import org.cityos.registry.AttributeSource;
import org.cityos.registry.RegistryAttribute;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.ValueKind;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The sources' values as the registry last read them (registry_source_value). Values read from
 * the catalog are first copied (COPY) into {@code registry_incoming}, a temporary table of the
 * current transaction, then replace the stored values of their source: all of them after a
 * full read, those of the keys read after an incremental delivery. Must run in a transaction.
 */
@Repository
class SourceValues {

	private static final String COPY = """
			copy registry_incoming (attribute, key, source, provider_code, authoritative, value_normalised, value_raw, delivered_at)
			from stdin""";

	private static final int FLUSH_CHARACTERS = 4 << 20;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	SourceValues(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	void beginIncoming() {
		jdbc.sql("drop table if exists registry_incoming").update();
		jdbc.sql("""
				create temp table registry_incoming (attribute text, key text collate "C", source text, provider_code text,
				    authoritative boolean, value_normalised text, value_raw text, delivered_at timestamptz) on commit drop
				""").update();
	}

	/** A sink for the records of one resource; {@link Reader#finish()} copies what is left. */
	Reader reader(RegistryDefinition registry, ResourceCode resource, String providerCode, Instant deliveredAt) {
		return new Reader(registry, resource, providerCode, deliveredAt);
	}

	/** The items to read from a resource: the key item first, then the attributes' items. */
	static List<String> items(RegistryDefinition registry, ResourceCode resource) {
		List<String> items = new ArrayList<>();
		registry.keySources().stream().filter(s -> s.resource().equals(resource)).forEach(s -> items.add(s.keyItem()));
		for (RegistryAttribute attribute : registry.attributes()) {
			attribute.sources().stream().filter(s -> s.resource().equals(resource) && !items.contains(s.item()))
				.forEach(s -> items.add(s.item()));
		}
		return items;
	}

	/** Replaces every stored value of the registry by the incoming ones. */
	void replaceAll(String registry) {
		jdbc.sql("delete from registry_source_value where registry = :r").param("r", registry).update();
		storeIncoming(registry);
	}

	/** Replaces the stored values of {@code source} by the incoming ones. */
	void replaceSource(String registry, ResourceCode source) {
		jdbc.sql("delete from registry_source_value where registry = :r and source = :s").param("r", registry)
			.param("s", source.value()).update();
		storeIncoming(registry);
	}

	/** Replaces the stored values of the incoming keys of {@code source}. */
	void replaceKeysOfSource(String registry, ResourceCode source) {
		jdbc.sql("""
				delete from registry_source_value
				where registry = :r and source = :s and key in (select key from registry_incoming)
				""").param("r", registry).param("s", source.value()).update();
		storeIncoming(registry);
	}

	/** Limits the next comparison to the keys just read. */
	void scopeToIncomingKeys() {
		jdbc.sql("drop table if exists registry_scope").update();
		jdbc.sql("create temp table registry_scope on commit drop as select distinct key from registry_incoming").update();
		jdbc.sql("analyze registry_scope").update();
	}

	private void storeIncoming(String registry) {
		// a person with two cars is two rows of the vehicle register: the latest value is kept
		jdbc.sql("""
				insert into registry_source_value
				    (registry, attribute, key, source, provider_code, authoritative, value_normalised, value_raw, delivered_at)
				select distinct on (attribute, key, source) :r, attribute, key, source, provider_code, authoritative,
				       value_normalised, value_raw, delivered_at
				from registry_incoming
				order by attribute, key, source, value_normalised
				on conflict (registry, attribute, key, source) do update set value_normalised = excluded.value_normalised,
				    value_raw = excluded.value_raw, delivered_at = excluded.delivered_at, provider_code = excluded.provider_code
				""").param("r", registry).update();
	}

	/** Turns records into rows of registry_incoming, copied in chunks. */
	final class Reader implements Consumer<Map<String, Object>> {

		private final RegistryDefinition registry;

		private final String source;

		private final String provider;

		private final String keyItem;

		private final boolean keyAuthority;

		private final List<RegistryAttribute> attributes = new ArrayList<>();

		private final List<AttributeSource> sources = new ArrayList<>();

		private final String deliveredAt;

		private final StringBuilder rows = new StringBuilder();

		private long records;

		Reader(RegistryDefinition registry, ResourceCode resource, String provider, Instant deliveredAt) {
			this.registry = registry;
			this.source = resource.value();
			this.provider = provider;
			this.keyItem = registry.keySources().stream().filter(s -> s.resource().equals(resource)).findFirst()
				.orElseThrow().keyItem();
			this.keyAuthority = registry.keyResource().equals(resource);
			for (RegistryAttribute attribute : registry.attributes()) {
				attribute.sources().stream().filter(s -> s.resource().equals(resource)).forEach(s -> {
					attributes.add(attribute);
					sources.add(s);
				});
			}
			this.deliveredAt = deliveredAt.toString();
		}

		@Override
		public void accept(Map<String, Object> record) {
			String key = Normalisation.normalise(record.get(keyItem), ValueKind.CODE);
			if (key == null) {
				return;
			}
			row(registry.keyAttribute(), key, keyAuthority, key, key);
			for (int i = 0; i < attributes.size(); i++) {
				Object raw = record.get(sources.get(i).item());
				String normalised = Normalisation.normalise(raw, attributes.get(i).kind());
				if (normalised != null) {
					row(attributes.get(i).name(), key, sources.get(i).authoritative(), normalised, String.valueOf(raw));
				}
			}
			records++;
			if (rows.length() > FLUSH_CHARACTERS) {
				flush();
			}
		}

		long finish() {
			flush();
			return records;
		}

		private void row(String attribute, String key, boolean authoritative, String normalised, String raw) {
			field(attribute).append('\t');
			field(key).append('\t');
			field(source).append('\t');
			field(provider).append('\t');
			rows.append(authoritative ? 't' : 'f').append('\t');
			field(normalised).append('\t');
			field(raw).append('\t');
			rows.append(deliveredAt).append('\n');
		}

		private StringBuilder field(String value) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '\\' -> rows.append("\\\\");
					case '\t' -> rows.append("\\t");
					case '\n' -> rows.append("\\n");
					case '\r' -> rows.append("\\r");
					default -> rows.append(c);
				}
			}
			return rows;
		}

		private void flush() {
			if (rows.isEmpty()) {
				return;
			}
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(rows.toString()));
			}
			catch (SQLException | IOException ex) {
				throw new IllegalStateException("Could not copy the values of " + source, ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
			rows.setLength(0);
		}
	}
}
