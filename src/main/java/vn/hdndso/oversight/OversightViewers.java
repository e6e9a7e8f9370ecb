package vn.hdndso.oversight;

import vn.hdndso.shared.CouncilId;

/** The signed-in person as oversight sees them in a council (roles, unit, committee). */
public interface OversightViewers {

    Viewer current(CouncilId council);
}
