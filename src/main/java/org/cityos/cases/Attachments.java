package org.cityos.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Photos and files of cases, stored in the database (bytea) so that a backup holds them. */
@Repository
public class Attachments {

	/** What is known of an attachment without its bytes. */
	public record Attachment(UUID id, String kind, String fileName, String contentType, int size, String uploadedBy,
			Instant uploadedAt) {
	}

	private final JdbcClient jdbc;

	Attachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long caseId, String kind, PhotoUpload photo, String by, Instant at) {
		jdbc.sql("""
				insert into cases_attachment (id, case_id, kind, file_name, content_type, size, content, uploaded_by, uploaded_at)
				values (:id, :caseId, :kind, :name, :type, :size, :content, :by, :at)
				""").param("id", UUID.randomUUID()).param("caseId", caseId).param("kind", kind)
			.param("name", photo.fileName()).param("type", photo.contentType()).param("size", photo.content().length)
			.param("content", photo.content()).param("by", by).param("at", Cases.ts(at)).update();
	}

	public List<Attachment> of(long caseId) {
		return jdbc.sql("""
				select id, kind, file_name, content_type, size, uploaded_by, uploaded_at from cases_attachment
				where case_id = :caseId order by uploaded_at, file_name
				""").param("caseId", caseId).query((rs, n) -> new Attachment(rs.getObject("id", UUID.class),
				rs.getString("kind"), rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	/** The bytes of an attachment of the case. */
	public Optional<PhotoUpload> content(long caseId, UUID id) {
		return jdbc.sql("select file_name, content_type, content from cases_attachment where case_id = :caseId and id = :id")
			.param("caseId", caseId).param("id", id)
			.query((rs, n) -> new PhotoUpload(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}
}
