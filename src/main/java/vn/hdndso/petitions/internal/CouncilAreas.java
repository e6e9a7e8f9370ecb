package vn.hdndso.petitions.internal;

import org.springframework.stereotype.Component;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.MapArea;
import vn.hdndso.shared.CouncilId;

/** Each council's area on the map: its own setting ({@code hdnd.map.areas.<slug>}) or the city's box. */
@Component
class CouncilAreas {

    private final Councils councils;
    private final MapProperties properties;

    CouncilAreas(Councils councils, MapProperties properties) {
        this.councils = councils;
        this.properties = properties;
    }

    MapArea of(CouncilId council) {
        MapProperties.Area own =
                properties.areas().get(councils.require(council).slug());
        return (own != null ? own : properties.defaultArea()).toMapArea();
    }
}
