package vn.hdndso.notifications.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.Preference;
import vn.hdndso.shared.CouncilId;

/** The {@code notification_preference} rows: one per account that made a choice. */
@Repository
class PreferenceRepository {

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Preference> find(UUID accountId) {
        return jdbc.sql("""
                        select language, array_to_string(channels, ',') as channels, opted_out
                        from notification_preference where account_id = :id""")
                .param("id", accountId)
                .query((rs, n) -> new Preference(
                        rs.getString("language"), channels(rs.getString("channels")), rs.getBoolean("opted_out")))
                .optional();
    }

    void save(CouncilId council, UUID accountId, Preference preference) {
        jdbc.sql("""
                        insert into notification_preference (account_id, council_id, language, channels, opted_out)
                        values (:id, :council, :language, string_to_array(:channels, ',')::varchar[], :optedOut)
                        on conflict (account_id) do update set language = excluded.language,
                          channels = excluded.channels, opted_out = excluded.opted_out, updated_at = now()""")
                .param("id", accountId)
                .param("council", council.value())
                .param("language", preference.language())
                .param(
                        "channels",
                        preference.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("optedOut", preference.optedOut())
                .update();
    }

    private static Set<Channel> channels(String text) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        Arrays.stream(text.split(","))
                .filter(s -> !s.isBlank())
                .map(Channel::valueOf)
                .forEach(channels::add);
        return channels;
    }
}
