package org.cityos.demo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.cityos.shared.CitizenIdNumber;
import org.cityos.shared.CreditCode;
import org.cityos.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

class SyntheticDataTests {

	@Test
	void peopleHaveValidUniqueIdNumbersAndPhones() {
		Set<String> seen = new HashSet<>();
		for (long i = 0; i < 20_000; i++) {
			SyntheticPeople.Person p = SyntheticPeople.person(i);
			assertThat(CitizenIdNumber.check(p.idNumber()).isValid()).as(p.idNumber()).isTrue();
			assertThat(PhoneNumber.check(p.phone()).isValid()).as(p.phone()).isTrue();
			assertThat(p.idNumber()).startsWith("6104");
			assertThat(seen.add(p.idNumber())).isTrue();
		}
	}

	@Test
	void samePersonForTheSameIndex() {
		assertThat(SyntheticPeople.person(123_456)).isEqualTo(SyntheticPeople.person(123_456));
	}

	@Test
	void spoiltIdNumbersFailTheirCheck() {
		String valid = SyntheticPeople.person(7).idNumber();
		assertThat(CitizenIdNumber.check(SyntheticPeople.withWrongCheck(valid)).isValid()).isFalse();
	}

	@Test
	void companiesHaveValidUniqueCreditCodes() {
		Set<String> seen = new HashSet<>();
		for (long i = 0; i < 20_000; i++) {
			String code = SyntheticCompanies.company(i).creditCode();
			assertThat(CreditCode.check(code).isValid()).as(code).isTrue();
			assertThat(seen.add(code)).isTrue();
		}
	}
}
