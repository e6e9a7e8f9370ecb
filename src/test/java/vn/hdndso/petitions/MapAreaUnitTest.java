package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A council's area on the map: a box, or a centre and radius. */
class MapAreaUnitTest {

    @Test
    void aBoxHoldsItsPointsAndEdges() {
        var area = new MapArea(20.8, 106.6, 20.9, 106.7);
        assertThat(area.contains(20.85, 106.65)).isTrue();
        assertThat(area.contains(20.8, 106.7)).isTrue();
        assertThat(area.contains(20.95, 106.65)).isFalse();
        assertThat(area.contains(20.85, 105.0)).isFalse();
        assertThat(area.centreLatitude()).isEqualTo(20.85, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(area.centreLongitude()).isEqualTo(106.65, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aCentreAndRadiusMakeTheBoxAroundTheCircle() {
        var area = MapArea.around(20.846, 106.678, 3);
        assertThat(area.contains(20.846, 106.678)).isTrue();
        // 2 km north and 2 km east are inside, 4 km north is not (1° of latitude ≈ 111 km)
        assertThat(area.contains(20.846 + 2 / 111.32, 106.678)).isTrue();
        assertThat(area.contains(20.846, 106.678 + 2 / (111.32 * Math.cos(Math.toRadians(20.846)))))
                .isTrue();
        assertThat(area.contains(20.846 + 4 / 111.32, 106.678)).isFalse();
        assertThat(area.contains(21.03, 105.85)).as("Hà Nội is not in Lê Chân").isFalse();
    }

    @Test
    void anImpossibleAreaIsRefused() {
        assertThatThrownBy(() -> new MapArea(21, 106, 20, 107)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapArea(20, 106, 95, 107)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MapArea.around(20, 106, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
