package vn.hdndso.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.identity.AccountAssignment;
import vn.hdndso.identity.AccountAssignments;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.NewUser;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.shared.web.Page;

/** Accounts of a council, for its administrators. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/users")
class UserApiController {

    private final Councils councils;
    private final UserAccounts accounts;
    private final AccountAssignments assignments;
    private final CouncilOrganisation organisation;

    UserApiController(
            Councils councils,
            UserAccounts accounts,
            AccountAssignments assignments,
            CouncilOrganisation organisation) {
        this.councils = councils;
        this.accounts = accounts;
        this.assignments = assignments;
        this.organisation = organisation;
    }

    record CreateUserRequest(
            @Nullable String username,
            @Nullable String password,
            @Nullable String fullName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable List<Role> roles,
            @Nullable UUID executiveUnitId,
            @Nullable UUID committeeId,
            @Nullable UUID delegateId) {}

    /** An account as the API shows it; {@code delegateId}: the delegate this account is, if any. */
    record UserResponse(
            String id,
            String council,
            String username,
            String fullName,
            List<Role> roles,
            boolean enabled,
            boolean locked,
            boolean totpEnabled,
            @Nullable UUID executiveUnitId,
            @Nullable UUID committeeId,
            @Nullable String delegateId) {

        static UserResponse of(
                UserAccount a, Council council, AccountAssignment assignment, Map<UUID, DelegateId> delegates) {
            DelegateId delegate = delegates.get(a.id().value());
            return new UserResponse(
                    a.id().toString(),
                    council.slug(),
                    a.username(),
                    a.fullName(),
                    a.roles().stream().sorted().toList(),
                    a.enabled(),
                    a.lockedAt(Instant.now()),
                    a.totpEnabled(),
                    assignment.executiveUnitId(),
                    assignment.committeeId(),
                    delegate == null ? null : delegate.toString());
        }
    }

    @PostMapping
    @PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
    @Operation(
            summary = "Tạo tài khoản",
            description = "With role DELEGATE and \"delegateId\" the account is linked to that existing delegate of the"
                    + " current term (409 if they already have an account or their mandate ended, 404 if the council has"
                    + " no such delegate); without delegateId a DELEGATE account registers a new delegate under its"
                    + " full name.")
    ResponseEntity<UserResponse> create(@PathVariable String slug, @RequestBody CreateUserRequest request) {
        Council council = councils.requireBySlug(slug);
        boolean cityAdmin = CurrentUser.get().map(CurrentUser::isCityAdmin).orElse(false);
        Set<Role> roles = request.roles() == null
                ? Set.of()
                : Set.copyOf(request.roles().stream()
                        .filter(java.util.Objects::nonNull)
                        .toList());
        assignments.check(council.id(), roles, request.executiveUnitId(), request.committeeId());
        UserAccount account = accounts.create(
                council.id(),
                new NewUser(
                        orEmpty(request.username()),
                        orEmpty(request.password()),
                        orEmpty(request.fullName()),
                        request.email(),
                        request.phone(),
                        roles,
                        request.delegateId()),
                cityAdmin,
                council.isProvincial());
        AccountAssignment assignment =
                assignments.assign(council.id(), account.id(), request.executiveUnitId(), request.committeeId());
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/users/" + account.id()))
                .body(UserResponse.of(account, council, assignment, delegatesByAccount(council)));
    }

    @GetMapping
    @PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
    Page<UserResponse> list(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        Map<UUID, DelegateId> delegates = delegatesByAccount(council);
        return Page.of(
                accounts.ofCouncil(council.id()).stream()
                        .map(a -> UserResponse.of(a, council, assignments.of(council.id(), a.id()), delegates))
                        .toList(),
                page);
    }

    /** Which delegate of the current term each account is. */
    private Map<UUID, DelegateId> delegatesByAccount(Council council) {
        Map<UUID, DelegateId> byAccount = new HashMap<>();
        for (Delegate d : organisation.currentDelegates(council.id())) {
            UUID user = d.userId();
            if (user != null) {
                byAccount.put(user, d.id());
            }
        }
        return byAccount;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
