package vn.hdndso.search.web;

import java.util.stream.Collectors;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.search.Viewer;

/** The viewer of the current request: the public, an account of a council, or the city administrator. */
final class Viewers {

    private Viewers() {}

    static Viewer current() {
        return CurrentUser.get()
                .map(user -> user.isCityAdmin()
                        ? Viewer.cityAdministrator()
                        : Viewer.member(
                                user.council(),
                                user.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(Viewer.anonymous());
    }
}
