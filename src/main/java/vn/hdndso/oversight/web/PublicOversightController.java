package vn.hdndso.oversight.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.oversight.OversightTopic;
import vn.hdndso.oversight.OversightTopics;
import vn.hdndso.oversight.Question;
import vn.hdndso.oversight.Questions;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;

/**
 * The public tracker of questions (/{slug}/chat-van): every question, its answer and the state of
 * every commitment; and the oversight results (/{slug}/giam-sat): topics, recommendations and their
 * state. Each page says where a question or topic came from (a voters' petition issue).
 */
@Controller
class PublicOversightController {

    private final Councils councils;
    private final Questions questions;
    private final OversightTopics topics;
    private final PetitionIssues issues;
    private final Clock clock;

    PublicOversightController(
            Councils councils, Questions questions, OversightTopics topics, PetitionIssues issues, Clock clock) {
        this.councils = councils;
        this.questions = questions;
        this.topics = topics;
        this.issues = issues;
        this.clock = clock;
    }

    @GetMapping("/{slug:[a-z0-9-]+}/chat-van")
    String tracker(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("questions", questions.published(council.id()));
        model.addAttribute("today", VnTime.today(clock));
        return "oversight/tracker";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/chat-van/{id}")
    String question(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        Question question = questions.requirePublished(council.id(), id);
        List<Question> all = questions.published(council.id());
        model.addAttribute("council", council);
        model.addAttribute("q", question);
        model.addAttribute("today", VnTime.today(clock));
        model.addAttribute(
                "followsUp",
                question.followsUpId() == null
                        ? null
                        : all.stream()
                                .filter(o -> o.id().equals(question.followsUpId()))
                                .findFirst()
                                .orElse(null));
        model.addAttribute(
                "followUps",
                all.stream().filter(o -> id.equals(o.followsUpId())).toList());
        model.addAttribute("issue", publishedIssue(council, question.petitionIssueId()));
        return "oversight/question";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/giam-sat")
    String results(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("topics", topics.published(council.id()));
        model.addAttribute("today", VnTime.today(clock));
        return "oversight/results";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/giam-sat/{id}")
    String topic(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        OversightTopic topic = topics.requirePublished(council.id(), id);
        model.addAttribute("council", council);
        model.addAttribute("topic", topic);
        model.addAttribute("today", VnTime.today(clock));
        model.addAttribute("issue", publishedIssue(council, topic.petitionIssueId()));
        return "oversight/topic";
    }

    /** The petition issue a question or topic came from, when its answer is public (its page exists). */
    private Optional<PetitionIssue> publishedIssue(Council council, @org.jspecify.annotations.Nullable UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(issues.requirePublished(council.id(), id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
