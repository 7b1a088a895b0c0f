package org.cityos.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cityos.shared.PageResult.PageRequest;
import org.junit.jupiter.api.Test;

class SharedValueTests {

	@Test
	void geoPointRejectsOutOfRangeAndNonFiniteCoordinates() {
		assertThatThrownBy(() -> new GeoPoint(181, 30)).isInstanceOf(InvalidInputException.class).hasMessageContaining("lon");
		assertThatThrownBy(() -> new GeoPoint(108, -91)).isInstanceOf(InvalidInputException.class).hasMessageContaining("lat");
		assertThatThrownBy(() -> new GeoPoint(Double.NaN, 30)).isInstanceOf(InvalidInputException.class);
		assertThat(new GeoPoint(108.7, 34.33).lat()).isEqualTo(34.33);
	}

	@Test
	void pageRequestIsBounded() {
		assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1)).isInstanceOf(InvalidInputException.class);
		assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
	}

	@Test
	void pageResultCountsPages() {
		PageResult<String> page = PageResult.of(List.of("a", "b"), new PageRequest(0, 2), 5);

		assertThat(page.totalPages()).isEqualTo(3);
		assertThat(page.map(String::toUpperCase).content()).containsExactly("A", "B");
	}

	@Test
	void departmentRolesAreMarked() {
		assertThat(Role.HANDLER.requiresDepartment()).isTrue();
		assertThat(Role.SYSTEM.requiresDepartment()).isTrue();
		assertThat(Role.LEADER.requiresDepartment()).isFalse();
		assertThat(Role.ADMIN.authority()).isEqualTo("ROLE_ADMIN");
	}
}
