package vn.hdndso.petitions.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.hdndso.petitions.MapArea;

/**
 * The maps of the petitions ({@code hdnd.map}): the tile server and the councils' areas.
 *
 * @param tileUrl the tile address template ({z}, {x}, {y}, optionally {s}); an absolute address's
 *     origin is allowed as an image source by the Content-Security-Policy
 * @param tileAttribution the credit the tile server's licence asks for
 * @param maxZoom the deepest zoom the tile server serves
 * @param publicDecimals decimals a published answer's point is rounded to (3 ≈ 100 m)
 * @param defaultArea the area of a council without its own: the city's box
 * @param areas per council slug, a box (south, west, north, east) or a centre and radius
 */
@ConfigurationProperties("hdnd.map")
record MapProperties(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
        String tileUrl,

        @DefaultValue("© Những người đóng góp OpenStreetMap")
        String tileAttribution,

        @DefaultValue("19") int maxZoom,
        @DefaultValue("3") int publicDecimals,
        @DefaultValue Area defaultArea,
        @DefaultValue Map<String, Area> areas) {

    /**
     * A box or a centre with a radius. The default is a box around Hải Phòng as merged in 2025
     * (with the former Hải Dương and the islands of Cát Hải and Bạch Long Vĩ), drawn by hand from
     * public maps: approximate, to be set per installation.
     */
    record Area(
            @Nullable Double south,
            @Nullable Double west,
            @Nullable Double north,
            @Nullable Double east,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable Double radiusKm) {

        static final MapArea CITY = new MapArea(20.10, 105.95, 21.30, 107.80);

        /** The area described; the city's box when nothing usable is set. */
        MapArea toMapArea() {
            if (south != null && west != null && north != null && east != null) {
                return new MapArea(south, west, north, east);
            }
            if (latitude != null && longitude != null && radiusKm != null) {
                return MapArea.around(latitude, longitude, radiusKm);
            }
            return CITY;
        }
    }
}
