package vn.hdndso.petitions;

import vn.hdndso.shared.CouncilId;

/**
 * What a delegate's voter contact gathered, for their public profile: aggregate figures only, no
 * petition and no voter. A delegate is one of a meeting's delegates when a line of the meeting's
 * delegate list is their name (or ends with it: "Ông Nguyễn Văn An").
 */
public interface DelegatePetitions {

    /**
     * @param meetings voter-contact meetings the delegate took part in
     * @param received petitions raised at those meetings
     * @param followed those whose issue has been answered (followed through to an answer)
     */
    record Figures(int meetings, int received, int followed) {}

    /**
     * The figures of a delegate of the council, counted over the council's records whatever the
     * caller's scope (they are public figures). Call it outside a transaction.
     */
    Figures of(CouncilId council, String delegateName);
}
