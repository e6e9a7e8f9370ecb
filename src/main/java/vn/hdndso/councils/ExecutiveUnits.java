package vn.hdndso.councils;

import java.util.List;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/**
 * The People's Committee of the council's area and its units, which receive petitions, questions
 * and documents. Units are deactivated rather than deleted, since work refers to them.
 */
public interface ExecutiveUnits {

    /** The People's Committee first, then its units by name. */
    List<ExecutiveUnit> of(CouncilId council);

    ExecutiveUnit require(CouncilId council, UUID id);

    ExecutiveUnit create(CouncilId council, ExecutiveUnitDetails details);

    ExecutiveUnit update(CouncilId council, UUID id, ExecutiveUnitDetails details);
}
