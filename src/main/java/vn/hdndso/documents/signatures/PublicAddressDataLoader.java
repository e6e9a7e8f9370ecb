package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import java.io.Serial;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.NetworkAddresses;

/**
 * The DSS {@link DataLoader} for revocation data and issuer certificates (OCSP, CRL, AIA), whose
 * addresses come from the certificates of an uploaded, untrusted PDF: only absolute {@code http}
 * and {@code https} addresses whose host resolves to public addresses only are fetched; loopback,
 * private, link-local, multicast and reserved addresses, and every other scheme ({@code file:},
 * {@code ldap:}, {@code ftp:}), are refused before any connection, so that a crafted certificate
 * cannot make the server call into its own network. Redirects must be disabled on the delegate (a
 * redirect would bypass the check).
 */
final class PublicAddressDataLoader implements DataLoader {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Resolves a host name to its addresses (the system's DNS, or a fixed table in tests). */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final DataLoader delegate;
    private final boolean allowPrivate;
    private final transient Resolver resolver;

    PublicAddressDataLoader(DataLoader delegate, boolean allowPrivate, Resolver resolver) {
        this.delegate = delegate;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    @Override
    public byte[] get(String url) {
        requirePublic(url);
        return delegate.get(url);
    }

    @Override
    public DataAndUrl get(List<String> urls) {
        DSSExternalResourceException last = new DSSExternalResourceException("no address to fetch");
        for (String url : urls) {
            try {
                byte[] data = get(url);
                if (data != null && data.length > 0) {
                    return new DataAndUrl(url, data);
                }
            } catch (RuntimeException e) {
                last = new DSSExternalResourceException("cannot fetch " + url + ": " + e.getMessage(), e);
            }
        }
        throw last;
    }

    @Override
    public byte[] post(String url, byte[] content) {
        requirePublic(url);
        return delegate.post(url, content);
    }

    @Override
    public void setContentType(String contentType) {
        delegate.setContentType(contentType);
    }

    private void requirePublic(String url) {
        refusal(url).ifPresent(reason -> {
            throw new DSSExternalResourceException("refused to fetch " + url + ": " + reason);
        });
    }

    /** Why the address may not be fetched, or empty. */
    Optional<String> refusal(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("no address");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("not an address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getRawUserInfo() != null) {
            return Optional.of("no host");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Optional.of("unknown host");
        }
        if (addresses.length == 0) {
            return Optional.of("unknown host");
        }
        for (InetAddress address : addresses) {
            if (NetworkAddresses.isNonPublic(address)) {
                return Optional.of("not a public address: " + address.getHostAddress());
            }
        }
        return Optional.empty();
    }
}
