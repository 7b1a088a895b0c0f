package org.cityos.catalog.open;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.cityos.catalog.DataRead;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.OpenType;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.exchange.RecordPage;
import org.cityos.catalog.exchange.RecordQuery;
import org.cityos.catalog.exchange.RecordReader;
import org.cityos.catalog.exchange.RecordReader.Rows;
import org.cityos.catalog.sharing.SharedResources;
import org.cityos.catalog.sharing.SharedResources.Entry;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 开放数据: resources marked 无条件开放, readable by anyone without logging in. Personal items
 * never leave here, not even masked: they are not listed, not returned and cannot be filtered
 * on. Reads are not audited (nobody is identified) but published as {@link DataRead} with no
 * consumer, so that the use of open data counts for its provider.
 */
@Service
public class OpenData {

	private final SharedResources resources;

	private final RecordReader reader;

	private final ApplicationEventPublisher events;

	/** How deep anonymous paging may go (page × size). */
	static final long MAX_OFFSET = 100_000;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	OpenData(SharedResources resources, RecordReader reader, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.resources = resources;
		this.reader = reader;
		this.events = events;
		// not read-only: the DataRead publication is stored in the same transaction
		this.transactions = new TransactionTemplate(transactions);
	}

	public List<Entry> resources() {
		return resources.open();
	}

	/** The items of a resource that open data shows: all but the personal ones. */
	public static List<InformationItem> publicItems(Entry entry) {
		return entry.version().items().stream().filter(i -> !i.sensitivity().personal()).toList();
	}

	public RecordPage read(String code, Map<String, String[]> parameters) {
		Entry entry = openResource(code);
		Set<String> readable = publicItems(entry).stream().map(InformationItem::name).collect(Collectors.toSet());
		RecordQuery query = RecordQuery.parse(parameters, entry.version(), readable,
				item -> InvalidInputException.ofField(item, "'" + item + "' is personal information and not open"),
				Set.of(), reader.zone());
		// Anyone may call this: bound how deep a page may go and how long a query may run.
		if ((long) query.page() * query.size() > MAX_OFFSET) {
			throw InvalidInputException.ofField("page", "open data pages reach at most " + MAX_OFFSET
					+ " rows deep; narrow the query with filters");
		}
		Rows rows = Objects.requireNonNull(transactions.execute(status -> {
			jdbc.sql("set local statement_timeout = '5s'").update();
			Rows found = reader.page(entry.version(), query, Map.of());
			events.publishEvent(new DataRead(entry.code(), entry.resource().providerCode(), null,
					DataRead.Channel.OPEN_DATA, found.content().size(), Instant.now()));
			return found;
		}));
		return new RecordPage(entry.code().value(), entry.version().version(), rows.content(), query.page(),
				query.size(), rows.hasMore(), rows.total(), query.selected().stream().map(InformationItem::name).toList(),
				List.of());
	}

	private Entry openResource(String code) {
		ResourceCode resourceCode = new ResourceCode(code);
		Entry entry = resources.find(resourceCode)
			.orElseThrow(() -> new NotFoundException("No resource with code '" + code + "' in the catalog"));
		if (entry.resource().openType() != OpenType.UNCONDITIONAL) {
			throw new NotFoundException(code + " " + entry.resource().name() + " is not open data ("
					+ entry.resource().openType().label() + ")");
		}
		return entry;
	}
}
