package org.cityos.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.cityos.catalog.Catalog;
import org.cityos.catalog.Catalog.NewResource;
import org.cityos.catalog.DataGrade;
import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.InvalidRowPolicy;
import org.cityos.catalog.OpenType;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.SharingMethod;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.Subject;
import org.cityos.catalog.UpdateCycle;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the registry's integration tests share: test resources of a department, deliveries made
 * as the bureau, and waiting (bounded) for the comparisons and matching a delivery triggers.
 */
public final class RegistryFixtures {

	public static final CityPrincipal BUREAU = new Caller("registry-test", Set.of(Role.ADMIN), null);

	private RegistryFixtures() {
	}

	public record Caller(String username, Set<Role> roles, @Nullable String departmentCode) implements CityPrincipal {
	}

	/** A conditionally shared test resource of the department; every row rejected if one is invalid. */
	public static NewResource resource(ResourceCode code, String name, String provider, List<InformationItem> items) {
		return new NewResource(code, name, name + "：测试用的资源，不含真实数据。", provider, Subject.POPULATION, items,
				UpdateCycle.DAILY, SharingType.CONDITIONAL, "仅限测试使用，不得向第三方提供。", OpenType.NOT_OPEN,
				SharingMethod.PLATFORM, DataGrade.GENERAL, InvalidRowPolicy.REJECT_BATCH);
	}

	/** Delivers a CSV as the bureau and waits until the registry has compared (and matched) it. */
	public static void deliver(Catalog catalog, JdbcClient jdbc, ResourceCode code, DeliveryMode mode, String csv) {
		Catalog.DeliveryOutcome outcome = catalog.deliverCsv(code, "registry-" + UUID.randomUUID(), mode,
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), BUREAU);
		assertThat(outcome.rejected()).as(outcome.toString()).isZero();
		// the registry compares after commit, in the background; its event publication completes when done
		awaitUntil(() -> jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and listener_id like '%registry%'
				""").query(Long.class).single() == 0);
	}

	public static void awaitUntil(BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("The registry did not finish within 2 minutes");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}
}
