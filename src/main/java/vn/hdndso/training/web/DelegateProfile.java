package vn.hdndso.training.web;

import java.util.List;
import vn.hdndso.councils.Delegate;
import vn.hdndso.oversight.Question;
import vn.hdndso.petitions.DelegatePetitions;
import vn.hdndso.training.DelegateTraining;

/**
 * What a delegate's profile shows: their public work figures, each gathered from the module that
 * owns it, compared with the council's average per delegate in a chart.
 *
 * @param sessionsAttended sessions of the council they attended (public sessions only for the public)
 * @param votesCast named (roll-call) votes they cast in closed votes; secret ballots are never counted
 * @param questions the questions they asked, with the commitments obtained
 */
record DelegateProfile(
        Delegate delegate,
        int sessionsAttended,
        int votesCast,
        DelegatePetitions.Figures petitions,
        List<Question> questions,
        int commitments,
        DelegateTraining training,
        LevelChart chart) {}
