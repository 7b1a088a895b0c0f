package org.cityos.shared;

/**
 * Check characters computed the way the standards define them, independently of the production
 * code: the weights are derived (2^(17−i) mod 11, 3^(i−1) mod 31) rather than copied, so a typo
 * in a weight table would show up as a failing test.
 */
final class CheckCharacters {

	static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private CheckCharacters() {
	}

	/** ISO 7064 MOD 11-2 over 17 digits: the check value makes Σ a_i·2^(18−i) ≡ 1 (mod 11); 10 is X. */
	static char citizenId(String body) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * power(2, 17 - i, 11);
		}
		int check = Math.floorMod(1 - sum, 11);
		return check == 10 ? 'X' : (char) ('0' + check);
	}

	/** GB 32100: C18 = 31 − (Σ C_i·3^(i−1) mod 31), 31 → 0. */
	static char creditCode(String body) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CREDIT_CODE_ALPHABET.indexOf(body.charAt(i)) * power(3, i, 31);
		}
		return CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31);
	}

	private static int power(int base, int exponent, int modulus) {
		int result = 1;
		for (int i = 0; i < exponent; i++) {
			result = result * base % modulus;
		}
		return result;
	}
}
