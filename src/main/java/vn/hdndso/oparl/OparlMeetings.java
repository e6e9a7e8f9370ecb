package vn.hdndso.oparl;

import java.util.List;
import java.util.Map;
import vn.hdndso.shared.CouncilId;

/**
 * Where OParl meetings and agenda items come from: the adapter over the sessions module in
 * {@code oparl.internal}, or {@link #NONE} when no source is present. Each object is an OParl 1.1
 * Meeting / AgendaItem / File / Location as a JSON map whose {@code id} is built with {@link
 * OparlLinks}; the files and locations embedded in meetings are also listed, so that every id
 * can be fetched.
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

    /** The files embedded in the meetings (protocols), as OParl File objects. */
    default List<Map<String, Object>> files(CouncilId council, OparlLinks links) {
        return List.of();
    }

    /** The places of the meetings, as OParl Location objects. */
    default List<Map<String, Object>> locations(CouncilId council, OparlLinks links) {
        return List.of();
    }
}
