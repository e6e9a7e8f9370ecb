package vn.hdndso.sessions.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many live streams (server-sent events of a session's state) the instance keeps open
 * ({@link LiveStreamLimits}). Every open stream holds a connection and a little memory for up to
 * 30 minutes, so without a bound one address could hold them all.
 *
 * @param total the most streams open at once ({@code HDND_LIVE_STREAMS_TOTAL}, default 2,000)
 * @param perAddress the most from one client address ({@code HDND_LIVE_STREAMS_PER_ADDRESS},
 *     default 60: a commune hall's delegates, projector and public behind one router)
 * @param perViewer the most for one signed-in person or browser session ({@code
 *     HDND_LIVE_STREAMS_PER_VIEWER}, default 6: a few tabs)
 */
@ConfigurationProperties("hdnd.sessions.live")
record LiveStreamProperties(int total, int perAddress, int perViewer) {

    LiveStreamProperties {
        total = total <= 0 ? 2_000 : total;
        perAddress = perAddress <= 0 ? 60 : perAddress;
        perViewer = perViewer <= 0 ? 6 : perViewer;
    }
}
