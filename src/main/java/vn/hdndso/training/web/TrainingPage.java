package vn.hdndso.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.Delegates;
import vn.hdndso.identity.CouncilAccess;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.FormErrors;
import vn.hdndso.training.SkillLevel;
import vn.hdndso.training.TrainingRecords;

/** What the training workspace pages share: the council, who is looking and what they may do, the delegates, errors. */
@Component
class TrainingPage {

    private final Councils councils;
    private final Delegates delegates;
    private final TrainingRecords records;
    private final CouncilAccess access;
    private final MessageSource messages;
    private final Clock clock;

    TrainingPage(
            Councils councils,
            Delegates delegates,
            TrainingRecords records,
            CouncilAccess access,
            MessageSource messages,
            Clock clock) {
        this.councils = councils;
        this.delegates = delegates;
        this.records = records;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The council and what the page knows about its delegates. */
    record Opened(
            Council council,
            List<Delegate> delegates,
            Map<UUID, SkillLevel> levels,
            @Nullable Delegate me) {}

    Opened open(String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        List<Delegate> term = delegates.ofCurrentTerm(council.id()).stream()
                .filter(Delegate::active)
                .toList();
        Map<UUID, SkillLevel> levels = records.levels(council.id());
        Delegate me = myDelegate(term);
        model.addAttribute("council", council);
        model.addAttribute("office", access.has("COUNCIL_ADMIN", "CLERK"));
        model.addAttribute("delegates", term);
        model.addAttribute("levels", levels);
        model.addAttribute("me", me);
        model.addAttribute("now", clock.instant());
        model.addAttribute("today", vn.hdndso.shared.VnTime.today(clock));
        model.asMap().putIfAbsent("errors", FormErrors.NONE);
        return new Opened(council, term, levels, me);
    }

    /** The signed-in user's own delegate record, if they are a delegate of the term. */
    private @Nullable Delegate myDelegate(List<Delegate> term) {
        UUID user = CurrentUser.get().map(u -> u.id().value()).orElse(null);
        return user == null
                ? null
                : term.stream().filter(d -> user.equals(d.userId())).findFirst().orElse(null);
    }

    /** The errors of a refused form under {@code errors}, with the form they belong to. */
    void refused(RuntimeException e, String form, Model model, HttpServletResponse response) {
        FormErrors errors = switch (e) {
            case InvalidInputException invalid -> FormErrors.of(invalid, messages);
            case BusinessRuleException rule -> FormErrors.of(rule, messages);
            default -> throw e;
        };
        model.addAttribute("errors", errors);
        model.addAttribute("errorForm", form);
        response.setStatus(errors.status().value());
    }
}
