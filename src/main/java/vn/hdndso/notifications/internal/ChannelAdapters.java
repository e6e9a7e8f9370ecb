package vn.hdndso.notifications.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.ChannelAdapter;

/** The configured channel adapters, at most one per channel. */
@Component
class ChannelAdapters {

    private final Map<Channel, ChannelAdapter> byChannel = new EnumMap<>(Channel.class);

    ChannelAdapters(List<ChannelAdapter> adapters) {
        for (ChannelAdapter adapter : adapters) {
            ChannelAdapter other = byChannel.put(adapter.channel(), adapter);
            if (other != null) {
                throw new IllegalStateException("two adapters for channel " + adapter.channel() + ": "
                        + other.getClass().getName() + ", " + adapter.getClass().getName());
            }
        }
    }

    Set<Channel> configured() {
        return byChannel.keySet();
    }

    Optional<ChannelAdapter> of(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }
}
