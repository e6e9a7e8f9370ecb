package vn.hdndso.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** Looks accounts up by name across councils: the one cross-council read sign-in needs. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final TransactionTemplate transactions;

    AccountDetailsService(UserRepository users, TransactionTemplate transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return Tenancy.call(
                TenantScope.allCouncils("authentication"),
                () -> transactions.execute(status -> users.credentials(username)
                        .map(c -> new AccountPrincipal(c.account(), c.passwordHash()))
                        .orElseThrow(() -> new UsernameNotFoundException("no such user"))));
    }
}
