package org.cityos.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PhotoUploadTests {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10 };

	@Test
	void theDeclaredTypeMustMatchTheBytes() {
		assertThat(new PhotoUpload("a.jpg", "image/jpeg", JPEG).checked("photos[0]").contentType()).isEqualTo("image/jpeg");
		assertThatThrownBy(() -> new PhotoUpload("a.png", "image/png", JPEG).checked("photos[0]"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("image/jpeg");
		assertThatThrownBy(() -> new PhotoUpload("a.html", "text/html", "<html>".getBytes()).checked("photos[0]"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("not accepted");
	}
}
