package org.cityos.shared.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.cityos.shared.CheckResult;
import org.cityos.shared.CitizenIdNumber;
import org.cityos.shared.CreditCode;
import org.cityos.shared.PhoneNumber;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checks per microsecond (= millions per second) of one identifier cell, the unit of validating
 * a data-sharing delivery (1,000,000 rows at 100,000 rows/s or more). Inputs rotate through 1,024
 * generated values so branch prediction cannot learn a single one; invalid inputs mix the errors
 * real data has, most often a wrong check character. Each call returns its {@link CheckResult}, so
 * the cost of building an invalid outcome is counted.
 * <p>
 * Run: {@code ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt)
 * org.openjdk.jmh.Main IdentifierBenchmark -f 1 -wi 3 -i 5 -t 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IdentifierBenchmark {

	private static final int INPUTS = 1024;

	private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] PROVINCES = { 11, 13, 31, 32, 33, 37, 44, 50, 51, 61, 65 };

	private final LocalDate today = LocalDate.of(2026, 3, 15);

	private final String[] validIds = new String[INPUTS];

	private final String[] invalidIds = new String[INPUTS];

	private final String[] validCodes = new String[INPUTS];

	private final String[] invalidCodes = new String[INPUTS];

	private final String[] phoneNumbers = new String[INPUTS];

	private int next;

	@Setup
	public void generateInputs() {
		SplittableRandom random = new SplittableRandom(2026);
		for (int i = 0; i < INPUTS; i++) {
			validIds[i] = validId(random);
			invalidIds[i] = invalidId(validId(random), random);
			validCodes[i] = validCode(random);
			invalidCodes[i] = invalidCode(validCode(random), random);
			phoneNumbers[i] = "1" + random.nextInt(3, 10) + String.format("%09d", random.nextInt(1_000_000_000));
		}
	}

	private int index() {
		next = (next + 1) & (INPUTS - 1);
		return next;
	}

	@Benchmark
	public CheckResult citizenIdValid() {
		return CitizenIdNumber.check(validIds[index()]);
	}

	@Benchmark
	public CheckResult citizenIdValidGivenToday() {
		return CitizenIdNumber.check(validIds[index()], today);
	}

	@Benchmark
	public CheckResult citizenIdInvalid() {
		return CitizenIdNumber.check(invalidIds[index()]);
	}

	@Benchmark
	public CheckResult creditCodeValid() {
		return CreditCode.check(validCodes[index()]);
	}

	@Benchmark
	public CheckResult creditCodeInvalid() {
		return CreditCode.check(invalidCodes[index()]);
	}

	@Benchmark
	public CheckResult phoneNumberValid() {
		return PhoneNumber.check(phoneNumbers[index()]);
	}

	/** A random body completed with whichever check character the checker accepts. */
	private String validId(SplittableRandom random) {
		LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1930, 1, 1).toEpochDay(),
				today.toEpochDay()));
		String body = String.format("%02d%04d%04d%02d%02d%03d", PROVINCES[random.nextInt(PROVINCES.length)],
				random.nextInt(10_000), birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), random.nextInt(1000));
		for (char check : "0123456789X".toCharArray()) {
			if (CitizenIdNumber.check(body + check, today).isValid()) {
				return body + check;
			}
		}
		throw new IllegalStateException("no check character fits " + body);
	}

	/** 60 % wrong check character, 10 % each: a digit typo elsewhere, a letter, a missing digit, month 13. */
	private static String invalidId(String valid, SplittableRandom random) {
		int kind = random.nextInt(10);
		if (kind < 6) {
			char check = valid.charAt(17) == '0' ? '1' : '0';
			return valid.substring(0, 17) + check;
		}
		return switch (kind) {
			case 6 -> {
				int position = random.nextInt(14, 17);
				yield replace(valid, position, (char) ('0' + (valid.charAt(position) - '0' + 1) % 10));
			}
			case 7 -> replace(valid, random.nextInt(17), 'A');
			case 8 -> valid.substring(1);
			default -> valid.substring(0, 10) + "13" + valid.substring(12);
		};
	}

	private static String validCode(SplittableRandom random) {
		StringBuilder body = new StringBuilder("91");
		body.append(String.format("%06d", random.nextInt(1_000_000)));
		for (int i = 0; i < 9; i++) {
			body.append(CREDIT_CODE_ALPHABET.charAt(random.nextInt(CREDIT_CODE_ALPHABET.length())));
		}
		for (char check : CREDIT_CODE_ALPHABET.toCharArray()) {
			if (CreditCode.check(body.toString() + check).isValid()) {
				return body.toString() + check;
			}
		}
		throw new IllegalStateException("no check character fits " + body);
	}

	/** 70 % wrong check character, 10 % each: a character not allowed, a letter in the division code, one too short. */
	private static String invalidCode(String valid, SplittableRandom random) {
		int kind = random.nextInt(10);
		if (kind < 7) {
			char check = CREDIT_CODE_ALPHABET.charAt((CREDIT_CODE_ALPHABET.indexOf(valid.charAt(17)) + 1) % 31);
			return valid.substring(0, 17) + check;
		}
		return switch (kind) {
			case 7 -> replace(valid, random.nextInt(8, 17), 'O');
			case 8 -> replace(valid, random.nextInt(2, 8), 'A');
			default -> valid.substring(1);
		};
	}

	private static String replace(String value, int position, char replacement) {
		return value.substring(0, position) + replacement + value.substring(position + 1);
	}
}
