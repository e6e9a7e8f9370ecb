package vn.hdndso.documents.signatures;

import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The remote signing service, when {@code hdnd.signing.remote.url} is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("hdnd.signing.remote.url")
class RemoteSigningConfiguration {

    @Bean
    RemoteSigningService remoteSigningService(SigningProperties properties) {
        return new HttpRemoteSigning(Objects.requireNonNull(properties.remote(), "hdnd.signing.remote"));
    }

    @Bean
    RemoteSigning remoteSigning(PadesSigner signer, RemoteSigningService service) {
        return new RemoteSigning(signer, service);
    }
}
