package vn.hdndso.councils;

import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * A People's Council: one tenant of the installation.
 *
 * @param code administrative-unit code ("11140"; the province's own: "31")
 * @param name the unit's full name ("Xã Lạc Phượng")
 * @param slug its address on the site ("lac-phuong")
 * @param parentId the province council of a commune-level council
 */
public record Council(
        CouncilId id,
        String code,
        String name,
        CouncilType type,
        String slug,
        String provinceCode,
        @Nullable CouncilId parentId) {

    public boolean isProvincial() {
        return type.isProvincial();
    }
}
