package vn.hdndso.petitions;

/**
 * The area of a council on the map, as a box of latitudes and longitudes (WGS 84). The installation
 * has no boundary polygons of communes and wards (the administrative units list carries names and
 * codes only), so the area is configured per council as a box or as a centre and radius, with the
 * city's box as default: a point in the box may still be just over a commune's border, and the
 * clerk decides.
 */
public record MapArea(double south, double west, double north, double east) {

    private static final double KM_PER_DEGREE = 111.32;

    public MapArea {
        if (!(south >= -90 && north <= 90 && west >= -180 && east <= 180 && south < north && west < east)) {
            throw new IllegalArgumentException(
                    "not a map area: south %s, west %s, north %s, east %s".formatted(south, west, north, east));
        }
    }

    /** The box that holds a circle of {@code radiusKm} around a centre. */
    public static MapArea around(double latitude, double longitude, double radiusKm) {
        if (!(radiusKm > 0)) {
            throw new IllegalArgumentException("radius must be positive: " + radiusKm);
        }
        double dLat = radiusKm / KM_PER_DEGREE;
        double dLon = radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(latitude))));
        return new MapArea(
                Math.max(-90, latitude - dLat),
                Math.max(-180, longitude - dLon),
                Math.min(90, latitude + dLat),
                Math.min(180, longitude + dLon));
    }

    /** Whether a point lies in the area, its edges included. */
    public boolean contains(double latitude, double longitude) {
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }

    public double centreLatitude() {
        return (south + north) / 2;
    }

    public double centreLongitude() {
        return (west + east) / 2;
    }
}
