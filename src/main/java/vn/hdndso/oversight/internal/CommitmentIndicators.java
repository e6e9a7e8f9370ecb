package vn.hdndso.oversight.internal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Councils;
import vn.hdndso.indicators.Evidence;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorSource;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;

/**
 * T11: commitments made in answers to questions that fall due in the period, and the share of them
 * met on or before their due day (docs/indicator-sources.md). Commitments are public, so is the
 * evidence: the question's page on the public tracker.
 */
@Component
class CommitmentIndicators implements IndicatorSource {

    private final QuestionRepository questions;
    private final Councils councils;

    CommitmentIndicators(QuestionRepository questions, Councils councils) {
        this.questions = questions;
        this.councils = councils;
    }

    @Override
    public Set<IndicatorCode> codes() {
        return Set.of(IndicatorCode.T11);
    }

    @Override
    @Transactional(readOnly = true)
    public Measurement measure(CouncilId council, IndicatorCode code, Period period) {
        List<QuestionRepository.DueCommitment> due = questions.due(council, period.start(), period.end());
        if (due.isEmpty()) {
            return Measurement.noData();
        }
        long onTime =
                due.stream().filter(QuestionRepository.DueCommitment::metOnTime).count();
        return Measurement.share(onTime, due.size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Evidence> evidence(CouncilId council, IndicatorCode code, Period period) {
        String tracker = "/" + councils.require(council).slug() + "/chat-van/";
        return questions.due(council, period.start(), period.end()).stream()
                .map(c -> new Evidence(
                        "commitment",
                        c.id().toString(),
                        c.unitName() + ": " + c.text(),
                        c.dueOn(),
                        c.metOnTime(),
                        true,
                        tracker + c.questionId()))
                .toList();
    }
}
