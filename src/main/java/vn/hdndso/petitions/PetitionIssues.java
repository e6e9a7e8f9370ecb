package vn.hdndso.petitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.web.Page;

/**
 * Petition issues: one request and all the voters who raised it. Merges and splits by a clerk,
 * transfer to a competent body with a deadline, the body's answer in one of three classes, the
 * de-identified publication within the legal window, and the views of the standing committee
 * (overdue, backlog, figures). Runs in the caller's tenant scope.
 */
public interface PetitionIssues {

    /**
     * What to list; nulls and {@code false} mean "any".
     *
     * @param overdue transferred, deadline passed, no answer
     * @param executiveInbox transferred to (or answered by) a People's Committee unit
     * @param published answer published
     */
    record Filter(
            @Nullable IssueStatus status,
            @Nullable String field,
            boolean overdue,
            boolean executiveInbox,
            boolean published,
            @Nullable String q) {

        public static Filter all() {
            return new Filter(null, null, false, false, false, null);
        }

        public static Filter overdueOnly() {
            return new Filter(null, null, true, false, false, null);
        }

        public static Filter publishedOnly() {
            return new Filter(null, null, false, false, true, null);
        }
    }

    /** A field of the tree as the pages and the API show it. */
    record Field(String code, String name, @Nullable String parent) {}

    List<Field> fields();

    String fieldName(String code);

    /** Days a competent body has to answer, by default. */
    int answerDays();

    Page<PetitionIssue> list(CouncilId council, Filter filter, Page.Request request);

    PetitionIssue require(CouncilId council, UUID id);

    /** A published issue as the public sees it; anything unpublished does not exist. */
    PetitionIssue requirePublished(CouncilId council, UUID id);

    /** The published answers of a council, newest first (works in the public scope). */
    Page<PetitionIssue> published(CouncilId council, Page.Request request);

    /**
     * Merges {@code otherId} into {@code targetId}: the other issue's petitions join the target
     * (each keeps its record and tracking code) and the other issue goes. Only issues nobody
     * answered yet can be merged.
     */
    PetitionIssue merge(CouncilId council, UUID targetId, @Nullable UUID otherId);

    /**
     * Takes one petition out of its issue into a new issue of its own (a wrong grouping), or into
     * another existing issue when {@code intoIssueId} is given.
     */
    PetitionIssue split(CouncilId council, UUID petitionId, @Nullable UUID intoIssueId);

    /** A clerk edits the issue's title, field and level. */
    PetitionIssue edit(
            CouncilId council, UUID id, @Nullable String title, @Nullable String field, @Nullable CompetentLevel level);

    /**
     * Transfers the issue to a competent body: a unit of the People's Committee, the city, or
     * another agency by name; the deadline defaults to {@code answer-days} from today.
     */
    PetitionIssue transfer(
            CouncilId council,
            UUID id,
            @Nullable CompetentBodyKind kind,
            @Nullable UUID executiveUnitId,
            @Nullable String bodyName,
            @Nullable LocalDate deadline);

    /**
     * The competent body's answer: resolved, in progress (with the date it will be done) or
     * explained. Each voter with a contact is told their petition was answered.
     */
    PetitionIssue answer(
            CouncilId council,
            UUID id,
            @Nullable AnswerClass answerClass,
            @Nullable String text,
            @Nullable LocalDate promisedOn);

    /**
     * Publishes the answer on the council's site, de-identified: the names, contacts and
     * addresses of every voter of the issue are scrubbed from the title and answer.
     */
    PetitionIssue publish(CouncilId council, UUID id);

    /** Figures for the dashboard and KPIs. */
    record Statistics(
            long petitions,
            long issues,
            long classified,
            Map<String, Long> byField,
            Map<String, Long> byLevel,
            Map<String, Long> byChannel,
            Map<String, Long> byArea,
            Map<String, Long> issuesByStatus,
            long answeredOnTime,
            long answeredLate,
            long overdue,
            long backlog,
            Map<String, Long> meetingsByFormat) {

        /** Share of issues aggregating more than one voter, of all petitions: how much grouping saved. */
        public long grouped() {
            return petitions - issues;
        }

        public long maxField() {
            return byField.values().stream().mapToLong(Long::longValue).max().orElse(1);
        }
    }

    Statistics statistics(CouncilId council, Map<String, Long> meetingsByFormat);

    /**
     * The figures of exactly the issues {@link #list} shows for the same filter (and the same officer's
     * unit), and of the petitions grouped into them: the tiles and bars of a filtered view.
     */
    Statistics statistics(CouncilId council, Filter filter, Map<String, Long> meetingsByFormat);

    /** Marks issues unresolved from earlier half-years as carried over; returns how many. */
    int carryOver(CouncilId council);

    /** A group of similar city-level issues from several councils of the city. */
    /** An issue transferred to a competent body on a day (what the other modules count as a connection). */
    record Transfer(UUID issueId, String title, CompetentBodyKind bodyKind, String bodyName, LocalDate transferredOn) {}

    /**
     * The council's issues transferred to a competent body between the two days (inclusive),
     * newest first; answered issues keep their transfer.
     */
    List<Transfer> transferredBetween(CouncilId council, LocalDate from, LocalDate to);

    record CityLevelGroup(String title, String field, int petitionCount, List<String> councils, List<UUID> issueIds) {}

    /**
     * City-level issues of every council, grouped by similarity: what the city council's office
     * forwards to the city as one request; most petitions first, one page of groups. Must run in a
     * cross-council scope (the city's office), outside a transaction: it first places the issues
     * that came or changed since the last read in their groups.
     */
    Page<CityLevelGroup> cityLevelGroups(Page.Request request);
}
