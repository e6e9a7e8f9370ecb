package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import java.io.Serial;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import vn.hdndso.shared.PinnedAddresses;

/**
 * DSS's HTTP loader whose connections go to the addresses the check accepted: the host is
 * resolved once by {@link PinnedAddresses} (public addresses only), and those addresses are the
 * ones connected to, so a DNS answer that changes between the check and the connection (DNS
 * rebinding) cannot lead into the internal network. Otherwise as DSS builds its connection manager.
 */
final class PinnedCommonsDataLoader extends CommonsDataLoader {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient PinnedAddresses addresses;

    PinnedCommonsDataLoader(PinnedAddresses addresses) {
        this.addresses = addresses;
    }

    @Override
    protected HttpClientConnectionManager getConnectionManager() {
        PoolingHttpClientConnectionManager manager = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(getTlsSocketStrategy())
                .setDefaultSocketConfig(getSocketConfig())
                .setMaxConnTotal(getConnectionsMaxTotal())
                .setMaxConnPerRoute(getConnectionsMaxPerRoute())
                .setDnsResolver(addresses)
                .build();
        manager.setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofMilliseconds(getTimeoutConnection()))
                .setTimeToLive(TimeValue.ofMilliseconds(getConnectionTimeToLive()))
                .build());
        return manager;
    }
}
