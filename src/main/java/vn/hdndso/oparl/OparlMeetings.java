package vn.hdndso.oparl;

import java.util.List;
import java.util.Map;
import vn.hdndso.shared.CouncilId;

/**
 * Where OParl meetings and agenda items come from. Nothing provides them yet: the lists are empty
 * (valid OParl). When the sessions module is merged, an adapter in this module implements this over
 * its API and replaces {@link #NONE}; each object is an OParl 1.1 Meeting / AgendaItem as a JSON map
 * whose {@code id} is built with {@link OparlLinks}.
 */
public interface OparlMeetings {

    OparlMeetings NONE = new OparlMeetings() {
        @Override
        public List<Map<String, Object>> meetings(CouncilId council, OparlLinks links) {
            return List.of();
        }

        @Override
        public List<Map<String, Object>> agendaItems(CouncilId council, OparlLinks links) {
            return List.of();
        }
    };

    /** The council's public meetings (OParl Meeting objects, agenda items embedded). */
    List<Map<String, Object>> meetings(CouncilId council, OparlLinks links);

    /** The council's public agenda items (OParl AgendaItem objects). */
    List<Map<String, Object>> agendaItems(CouncilId council, OparlLinks links);
}
