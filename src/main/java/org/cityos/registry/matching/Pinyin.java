package org.cityos.registry.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Toneless pinyin of the characters common in names, from {@code pinyin.txt} beside this class.
 * A compact table rather than a full dictionary: names draw on a few hundred characters, and an
 * unknown character reads as itself, so it can still agree exactly.
 */
final class Pinyin {

	private static final Map<Character, String> SYLLABLES = load();

	private Pinyin() {
	}

	static String of(char character) {
		String syllable = SYLLABLES.get(character);
		return syllable != null ? syllable : String.valueOf(character);
	}

	private static Map<Character, String> load() {
		Map<Character, String> syllables = new HashMap<>();
		try (InputStream in = Pinyin.class.getResourceAsStream("pinyin.txt")) {
			if (in == null) {
				throw new IllegalStateException("pinyin.txt is missing beside " + Pinyin.class.getName());
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.trim().split("\\s+");
				String syllable = parts[0].intern();
				for (char c : parts[1].toCharArray()) {
					syllables.put(c, syllable);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(syllables);
	}
}
