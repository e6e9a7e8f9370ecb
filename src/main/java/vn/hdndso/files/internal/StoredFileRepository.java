package vn.hdndso.files.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.files.FileType;
import vn.hdndso.files.StoredFile;
import vn.hdndso.files.StoredFileId;
import vn.hdndso.files.TextStatus;
import vn.hdndso.shared.CouncilId;

/** The registry of stored files, under row-level security (a council's staff see its files). */
@Repository
class StoredFileRepository {

    private final JdbcClient jdbc;

    StoredFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(StoredFile file) {
        jdbc.sql("""
                        insert into stored_file (id, council_id, sha256, size, media_type, original_name, page_count,
                                                 text, text_status, created_at, created_by)
                        values (:id, :council, :sha256, :size, :mediaType, :name, :pages, :text, :textStatus,
                                :createdAt, :createdBy)""")
                .param("id", file.id().value())
                .param("council", file.council().value())
                .param("sha256", file.sha256())
                .param("size", file.size())
                .param("mediaType", file.mediaType())
                .param("name", file.originalName())
                .param("pages", file.pageCount())
                .param("text", file.text())
                .param("textStatus", file.textStatus().name())
                .param("createdAt", Timestamp.from(file.createdAt()))
                .param("createdBy", file.createdBy())
                .update();
    }

    public Optional<StoredFile> find(CouncilId council, StoredFileId id) {
        return jdbc.sql("select * from stored_file where id = :id and council_id = :council")
                .param("id", id.value())
                .param("council", council.value())
                .query(StoredFileRepository::file)
                .optional();
    }

    /** Deletes a file's record (its blob is the caller's business). */
    void delete(CouncilId council, StoredFileId id) {
        jdbc.sql("delete from stored_file where id = :id and council_id = :council")
                .param("id", id.value())
                .param("council", council.value())
                .update();
    }

    /** Whether any record the scope can see names this content. */
    boolean anyWithContent(String sha256) {
        return jdbc.sql("select exists (select 1 from stored_file where sha256 = :sha256)")
                .param("sha256", sha256)
                .query(Boolean.class)
                .single();
    }

    /** The extracted text stored with a content (any of its rows that has text). */
    public Optional<String> textOf(CouncilId council, String sha256) {
        return jdbc.sql("""
                        select text from stored_file where council_id = :council and sha256 = :sha256
                        and text is not null order by created_at limit 1""")
                .param("council", council.value())
                .param("sha256", sha256)
                .query(String.class)
                .optional();
    }

    private static StoredFile file(ResultSet rs, int row) throws SQLException {
        int pages = rs.getInt("page_count");
        Integer pageCount = rs.wasNull() ? null : pages;
        Instant createdAt = rs.getTimestamp("created_at").toInstant();
        return new StoredFile(
                new StoredFileId(rs.getObject("id", java.util.UUID.class)),
                new CouncilId(rs.getObject("council_id", java.util.UUID.class)),
                rs.getString("sha256"),
                rs.getLong("size"),
                FileType.ofMediaType(rs.getString("media_type")),
                rs.getString("original_name"),
                pageCount,
                rs.getString("text"),
                TextStatus.valueOf(rs.getString("text_status")),
                createdAt,
                rs.getString("created_by"));
    }
}
