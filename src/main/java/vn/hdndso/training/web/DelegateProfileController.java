package vn.hdndso.training.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Delegates;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.oversight.Question;
import vn.hdndso.oversight.Questions;
import vn.hdndso.petitions.DelegatePetitions;
import vn.hdndso.sessions.Attendances;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.training.DelegateTraining;
import vn.hdndso.training.TrainingRecords;

/**
 * A delegate's profile (B8) on the council's site, {@code /{slug}/dai-bieu/{id}}: sessions
 * attended and roll-call votes cast (sessions), petitions received at their voter meetings and
 * followed to an answer (petitions), questions asked and commitments obtained (oversight), and
 * their training level (training). Everyone sees the figures; the council's own accounts also see
 * the detail (the training sessions, assessments by course, the questions with their
 * commitments), read in the council's staff scope. Reads outside any transaction.
 */
@Controller
class DelegateProfileController {

    private final Councils councils;
    private final Delegates delegates;
    private final Attendances attendances;
    private final DelegatePetitions petitions;
    private final Questions questions;
    private final TrainingRecords training;
    private final Clock clock;

    DelegateProfileController(
            Councils councils,
            Delegates delegates,
            Attendances attendances,
            DelegatePetitions petitions,
            Questions questions,
            TrainingRecords training,
            Clock clock) {
        this.councils = councils;
        this.delegates = delegates;
        this.attendances = attendances;
        this.petitions = petitions;
        this.questions = questions;
        this.training = training;
        this.clock = clock;
    }

    @GetMapping("/{slug:[a-z0-9-]+}/dai-bieu/{id}")
    String profile(@PathVariable String slug, @PathVariable String id, Model model) {
        Council council = councils.requireBySlug(slug);
        DelegateId delegateId;
        try {
            delegateId = DelegateId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("training.delegate.notFound", id);
        }
        Delegate delegate = delegates.require(council.id(), delegateId);
        List<Attendances.DelegateStatistics> statistics = attendances.statistics(council.id());
        Attendances.DelegateStatistics mine = statistics.stream()
                .filter(s -> s.delegateId().equals(delegate.id().value()))
                .findFirst()
                .orElse(new Attendances.DelegateStatistics(delegate.id().value(), delegate.fullName(), 0, 0));
        UUID user = delegate.userId();
        List<Question> asked = user == null
                ? List.of()
                : questions.published(council.id()).stream()
                        .filter(q -> user.equals(q.askedByUserId()))
                        .toList();
        int commitments = asked.stream().mapToInt(q -> q.commitments().size()).sum();
        // a public page reads as the public; the council's own accounts (not the city administrator,
        // who reads a council's site as the public does) also get the detail, read in their scope
        boolean staff = CurrentUser.get()
                .filter(u -> !u.isCityAdmin() && u.worksFor(council.id()))
                .isPresent();
        DelegateTraining record = staff
                ? Tenancy.call(TenantScope.staffOf(council.id()), () -> training.of(council.id(), delegate.id()))
                : training.of(council.id(), delegate.id());
        model.addAttribute("council", council);
        model.addAttribute(
                "profile",
                new DelegateProfile(
                        delegate,
                        mine.sessionsAttended(),
                        mine.votesCast(),
                        petitions.of(council.id(), delegate.fullName()),
                        asked,
                        commitments,
                        record,
                        chart(mine, statistics)));
        model.addAttribute("staff", staff);
        model.addAttribute("today", VnTime.today(clock));
        return "training/profile";
    }

    /** The delegate's sessions and votes beside the council's average per delegate, on one scale. */
    private static LevelChart chart(Attendances.DelegateStatistics mine, List<Attendances.DelegateStatistics> all) {
        long sessionsAverage = Math.round(all.stream()
                .mapToInt(Attendances.DelegateStatistics::sessionsAttended)
                .average()
                .orElse(0));
        long votesAverage = Math.round(all.stream()
                .mapToInt(Attendances.DelegateStatistics::votesCast)
                .average()
                .orElse(0));
        long sessionsScale = Math.max(1, Math.max(mine.sessionsAttended(), sessionsAverage));
        long votesScale = Math.max(1, Math.max(mine.votesCast(), votesAverage));
        return new LevelChart(List.of(
                LevelChart.bar(
                        "training.profile.chart.sessions", mine.sessionsAttended(), sessionsScale, "bar-proficient"),
                LevelChart.bar("training.profile.chart.sessionsAverage", sessionsAverage, sessionsScale, "bar-all"),
                LevelChart.bar("training.profile.chart.votes", mine.votesCast(), votesScale, "bar-proficient"),
                LevelChart.bar("training.profile.chart.votesAverage", votesAverage, votesScale, "bar-all")));
    }
}
