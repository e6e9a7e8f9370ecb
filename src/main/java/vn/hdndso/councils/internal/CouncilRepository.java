package vn.hdndso.councils.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilType;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnText;

/** The council registry table (not tenant-owned: the list of tenants is public). */
@Repository
class CouncilRepository {

    private final JdbcClient jdbc;

    CouncilRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Council> findAll() {
        return jdbc.sql("select id, code, name, type, slug, province_code, parent_id from council")
                .query((rs, n) -> new Council(
                        new CouncilId(rs.getObject("id", UUID.class)),
                        rs.getString("code"),
                        rs.getString("name"),
                        CouncilType.valueOf(rs.getString("type")),
                        rs.getString("slug"),
                        rs.getString("province_code"),
                        rs.getObject("parent_id") == null
                                ? null
                                : new CouncilId(rs.getObject("parent_id", UUID.class))))
                .list();
    }

    Set<String> codes() {
        return Set.copyOf(
                jdbc.sql("select code from council").query(String.class).list());
    }

    Set<String> slugs() {
        return Set.copyOf(
                jdbc.sql("select slug from council").query(String.class).list());
    }

    void insert(Council council) {
        jdbc.sql("""
                        insert into council (id, code, name, type, slug, province_code, parent_id, search_text)
                        values (:id, :code, :name, :type, :slug, :province, :parent, :search)""")
                .param("id", council.id().value())
                .param("code", council.code())
                .param("name", council.name())
                .param("type", council.type().name())
                .param("slug", council.slug())
                .param("province", council.provinceCode())
                .param(
                        "parent",
                        council.parentId() == null ? null : council.parentId().value())
                .param("search", VnText.fold(council.name()))
                .update();
    }
}
