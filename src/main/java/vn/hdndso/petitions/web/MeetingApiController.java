package vn.hdndso.petitions.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.MeetingFormat;
import vn.hdndso.petitions.MeetingTiming;
import vn.hdndso.petitions.NewVoterMeeting;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.VoterMeeting;
import vn.hdndso.petitions.VoterMeetings;

/** Voter-contact meetings in the JSON API; delegates may read them and enter the petitions raised. */
@RestController
class MeetingApiController {

    static final String PLAN = PetitionApiController.STAFF;
    static final String ENTER = "@councilAccess.has('CLERK','COUNCIL_ADMIN','DELEGATE','FRONT_OFFICER')";

    private final Councils councils;
    private final VoterMeetings meetings;

    MeetingApiController(Councils councils, VoterMeetings meetings) {
        this.councils = councils;
        this.meetings = meetings;
    }

    record MeetingView(
            String id,
            String title,
            String delegateGroup,
            String delegates,
            String frontCoOrganiser,
            String place,
            MeetingFormat format,
            @Nullable String onlineLink,
            LocalDate heldOn,
            MeetingTiming timing,
            String sessionReference,
            String minutes,
            int petitionCount,
            boolean demo) {

        static MeetingView of(VoterMeeting m) {
            return new MeetingView(
                    m.id().toString(),
                    m.title(),
                    m.delegateGroup(),
                    m.delegates(),
                    m.frontCoOrganiser(),
                    m.place(),
                    m.format(),
                    m.onlineLink(),
                    m.heldOn(),
                    m.timing(),
                    m.sessionReference(),
                    m.minutes(),
                    m.petitionCount(),
                    m.demo());
        }
    }

    record Batch(@Nullable List<VoterMeetings.Raised> petitions) {}

    record Entered(String trackingCode, String issueId, String field, boolean grouped) {}

    record Minutes(@Nullable String minutes) {}

    @PostMapping("/api/v1/councils/{slug}/voter-meetings")
    @PreAuthorize(PLAN)
    ResponseEntity<MeetingView> plan(@PathVariable String slug, @RequestBody NewVoterMeeting body) {
        Council council = councils.requireBySlug(slug);
        VoterMeeting meeting = meetings.plan(council.id(), body);
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/voter-meetings/" + meeting.id()))
                .body(MeetingView.of(meeting));
    }

    @GetMapping("/api/v1/councils/{slug}/voter-meetings")
    @PreAuthorize(ENTER)
    vn.hdndso.shared.web.Page<MeetingView> list(@PathVariable String slug, vn.hdndso.shared.web.Page.Request page) {
        Council council = councils.requireBySlug(slug);
        return vn.hdndso.shared.web.Page.of(
                meetings.list(council.id()).stream().map(MeetingView::of).toList(), page);
    }

    @GetMapping("/api/v1/councils/{slug}/voter-meetings/{id}")
    @PreAuthorize(ENTER)
    MeetingView get(@PathVariable String slug, @PathVariable UUID id) {
        return MeetingView.of(meetings.require(councils.requireBySlug(slug).id(), id));
    }

    @PostMapping("/api/v1/councils/{slug}/voter-meetings/{id}/minutes")
    @PreAuthorize(PLAN)
    MeetingView minutes(@PathVariable String slug, @PathVariable UUID id, @RequestBody Minutes body) {
        return MeetingView.of(
                meetings.recordMinutes(councils.requireBySlug(slug).id(), id, body.minutes()));
    }

    /** Many petitions raised at the meeting at once: all or nothing, problems named by line. */
    @PostMapping("/api/v1/councils/{slug}/voter-meetings/{id}/petitions")
    @PreAuthorize(ENTER)
    ResponseEntity<List<Entered>> enter(@PathVariable String slug, @PathVariable UUID id, @RequestBody Batch body) {
        Council council = councils.requireBySlug(slug);
        List<Petitions.Receipt> receipts =
                meetings.enter(council.id(), id, body.petitions() == null ? List.of() : body.petitions());
        return ResponseEntity.status(201)
                .body(receipts.stream()
                        .map(r -> new Entered(r.trackingCode(), r.issueId().toString(), r.field(), r.grouped()))
                        .toList());
    }
}
