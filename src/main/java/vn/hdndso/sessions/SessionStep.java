package vn.hdndso.sessions;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of running a session, who takes it, and where it stands: the chair convenes, opens
 * (khai mạc) and closes (bế mạc) the session and opens and closes the votes; the clerk records
 * attendance, enters a show of hands, and after the sitting prepares the minutes and publishes the
 * recording. A step that does not apply (votes without a motion) is left out.
 */
public record SessionStep(Kind kind, Actor actor, Progress progress) {

    /** The steps, in the order they are taken. */
    public enum Kind {
        CONVENE,
        OPEN,
        ATTENDANCE,
        VOTES,
        CLOSE,
        MINUTES,
        RECORDING;

        public String messageKey() {
            return "sessui.step." + name();
        }
    }

    /** Who takes a step. */
    public enum Actor {
        CHAIR,
        CLERK;

        public String messageKey() {
            return "sessui.actor." + name();
        }
    }

    /** Whether a step is behind us, to be taken now, or later. */
    public enum Progress {
        DONE,
        NOW,
        LATER;

        public String messageKey() {
            return "sessui.progress." + name();
        }
    }

    public String messageKey() {
        return kind.messageKey();
    }

    /**
     * The steps of a session in its present state.
     *
     * @param motions whether the agenda has a motion to vote on
     * @param recorded whether a recording is published or linked
     */
    public static List<SessionStep> of(SessionState state, boolean motions, boolean recorded) {
        if (state == SessionState.CANCELLED) {
            return List.of(); // nothing more happens to a cancelled session
        }
        List<SessionStep> steps = new ArrayList<>();
        steps.add(new SessionStep(
                Kind.CONVENE, Actor.CHAIR, state == SessionState.PLANNED ? Progress.NOW : Progress.DONE));
        steps.add(new SessionStep(
                Kind.OPEN,
                Actor.CHAIR,
                switch (state) {
                    case PLANNED, CANCELLED -> Progress.LATER;
                    case CONVENED -> Progress.NOW;
                    case IN_PROGRESS, CLOSED -> Progress.DONE;
                }));
        steps.add(new SessionStep(
                Kind.ATTENDANCE,
                Actor.CLERK,
                switch (state) {
                    case PLANNED, CANCELLED -> Progress.LATER;
                    case CONVENED, IN_PROGRESS -> Progress.NOW;
                    case CLOSED -> Progress.DONE;
                }));
        if (motions) {
            steps.add(new SessionStep(Kind.VOTES, Actor.CHAIR, during(state)));
        }
        steps.add(new SessionStep(Kind.CLOSE, Actor.CHAIR, during(state)));
        steps.add(new SessionStep(
                Kind.MINUTES, Actor.CLERK, state == SessionState.CLOSED ? Progress.NOW : Progress.LATER));
        steps.add(new SessionStep(
                Kind.RECORDING,
                Actor.CLERK,
                state != SessionState.CLOSED ? Progress.LATER : recorded ? Progress.DONE : Progress.NOW));
        return List.copyOf(steps);
    }

    /** Whether the session has taken place, so that its minutes and recording make sense. */
    public static boolean tookPlace(SessionState state) {
        return state == SessionState.CLOSED;
    }

    private static Progress during(SessionState state) {
        return switch (state) {
            case PLANNED, CONVENED, CANCELLED -> Progress.LATER;
            case IN_PROGRESS -> Progress.NOW;
            case CLOSED -> Progress.DONE;
        };
    }
}
