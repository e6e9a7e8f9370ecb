package vn.hdndso.petitions.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Councils;
import vn.hdndso.indicators.Evidence;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorSource;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.petitions.MeetingFormat;
import vn.hdndso.petitions.PetitionChannel;
import vn.hdndso.shared.CouncilId;

/**
 * T4, the online or hybrid share of voter-contact meetings; T5, the petition channels in use and
 * the petitions per channel; T6, the share of petitions classified by a clerk and aggregated into
 * an issue (docs/indicator-sources.md). Petitions are staff-only, so is their evidence.
 */
@Component
class PetitionIndicators implements IndicatorSource {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PetitionIndicatorRows rows;
    private final Councils councils;
    private final MessageSource messages;

    PetitionIndicators(PetitionIndicatorRows rows, Councils councils, MessageSource messages) {
        this.rows = rows;
        this.councils = councils;
        this.messages = messages;
    }

    @Override
    public Set<IndicatorCode> codes() {
        return Set.of(IndicatorCode.T4, IndicatorCode.T5, IndicatorCode.T6);
    }

    @Override
    @Transactional(readOnly = true)
    public Measurement measure(CouncilId council, IndicatorCode code, Period period) {
        return switch (code) {
            case T4 -> {
                List<PetitionIndicatorRows.Meeting> meetings = meetings(council, period);
                long online = meetings.stream().filter(m -> online(m.format())).count();
                yield meetings.isEmpty() ? Measurement.noData() : Measurement.share(online, meetings.size());
            }
            case T5 -> {
                Map<PetitionChannel, Long> perChannel = new EnumMap<>(PetitionChannel.class);
                for (PetitionChannel channel : PetitionChannel.values()) {
                    perChannel.put(channel, 0L);
                }
                counts(council, period).forEach(c -> perChannel.merge(c.channel(), c.received(), Long::sum));
                Measurement channels = Measurement.count(
                        perChannel.values().stream().filter(n -> n > 0).count());
                for (var entry : perChannel.entrySet()) {
                    channels = channels.with("channel." + entry.getKey().name(), entry.getValue());
                }
                yield channels;
            }
            case T6 -> {
                List<PetitionIndicatorRows.ChannelCount> counts = counts(council, period);
                long received = counts.stream()
                        .mapToLong(PetitionIndicatorRows.ChannelCount::received)
                        .sum();
                if (received == 0) {
                    yield Measurement.noData();
                }
                long classified = counts.stream()
                        .mapToLong(PetitionIndicatorRows.ChannelCount::classified)
                        .sum();
                long aggregated = received;
                yield Measurement.share(classified, received)
                        .with("classified", classified)
                        .with("aggregated", aggregated);
            }
            default -> throw new IllegalArgumentException("petitions do not measure " + code);
        };
    }

    @Override
    @Transactional(readOnly = true)
    public List<Evidence> evidence(CouncilId council, IndicatorCode code, Period period) {
        String workspace = "/app/councils/" + councils.require(council).slug() + "/petitions";
        return switch (code) {
            case T4 ->
                meetings(council, period).stream()
                        .map(m -> new Evidence(
                                "meeting",
                                m.id().toString(),
                                m.title(),
                                m.heldOn(),
                                online(m.format()),
                                false,
                                workspace + "/meetings/" + m.id()))
                        .toList();
            case T5 -> {
                List<PetitionIndicatorRows.Received> received = received(council, period);
                yield perChannel(received).entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .map(e -> new Evidence(
                                "channel",
                                e.getKey().name(),
                                messages.getMessage(
                                                "petitions.channel."
                                                        + e.getKey().name(),
                                                null,
                                                VIETNAMESE) + ": " + e.getValue() + " kiến nghị",
                                received.stream()
                                        .filter(r -> r.channel() == e.getKey())
                                        .findFirst()
                                        .orElseThrow()
                                        .receivedOn(),
                                true,
                                false,
                                workspace))
                        .toList();
            }
            case T6 ->
                received(council, period).stream()
                        .map(r -> new Evidence(
                                "petition",
                                r.id().toString(),
                                "Kiến nghị " + r.trackingCode() + " · " + r.field(),
                                r.receivedOn(),
                                r.classified(),
                                false,
                                workspace + "/issues/" + r.issueId()))
                        .toList();
            default -> throw new IllegalArgumentException("petitions do not measure " + code);
        };
    }

    private static boolean online(MeetingFormat format) {
        return format == MeetingFormat.ONLINE || format == MeetingFormat.HYBRID;
    }

    /** Every channel in enum order with its petitions, those without any too. */
    private static Map<PetitionChannel, Long> perChannel(List<PetitionIndicatorRows.Received> received) {
        Map<PetitionChannel, Long> counts = new EnumMap<>(PetitionChannel.class);
        for (PetitionChannel channel : PetitionChannel.values()) {
            counts.put(channel, 0L);
        }
        received.forEach(r -> counts.merge(r.channel(), 1L, Long::sum));
        return counts;
    }

    private List<PetitionIndicatorRows.Meeting> meetings(CouncilId council, Period period) {
        return rows.meetingsBetween(council, period.start(), period.end());
    }

    private List<PetitionIndicatorRows.ChannelCount> counts(CouncilId council, Period period) {
        return rows.countsBetween(council, period.start(), period.end());
    }

    private List<PetitionIndicatorRows.Received> received(CouncilId council, Period period) {
        return rows.receivedBetween(council, period.start(), period.end());
    }
}
