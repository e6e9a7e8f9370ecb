package vn.hdndso.support.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.authz.Callers.Who;

/**
 * Rows of an authorisation test, checked on what comes back: a caller the row allows gets the
 * record (2xx and its identifying content); every other caller is refused (401, 403, 404, or sent
 * to sign in) and the body does not carry the private content. A row that writes also reads back
 * that a refused caller changed nothing, and that an allowed caller did change it (so the
 * read-back can fail). Problems are collected, then {@link #verify()} fails with all of them.
 */
public final class RouteRows {

    private final Callers callers;
    private final List<String> problems = new ArrayList<>();
    private int rows;
    private int calls;

    public RouteRows(Callers callers) {
        this.callers = callers;
    }

    /** Each caller GETs {@code path}: the allowed see {@code marker}, the others are refused without it. */
    public RouteRows read(String path, String marker, Set<Who> allowed) {
        return check("GET " + path, marker, allowed, who -> callers.get(who, path));
    }

    /** None of {@code who} finds {@code privateMarker} in what {@code path} answers (whatever the status). */
    public RouteRows hides(String path, String privateMarker, Set<Who> who) {
        for (Who caller : who) {
            var response = callers.get(caller, path);
            calls++;
            if (body(response).contains(privateMarker)) {
                problems.add("GET " + path + " as " + caller + " → " + response.status() + ": shows the private "
                        + privateMarker);
            }
        }
        return this;
    }

    /** A GET whose content is a file: the allowed get 200 starting with {@code magic} (e.g. "%PDF"). */
    public RouteRows file(String path, String magic, Set<Who> allowed) {
        rows++;
        for (Who who : Who.values()) {
            var response = callers.get(who, path);
            calls++;
            String where = "GET " + path + " as " + who + " → " + response.status();
            String body = body(response);
            if (allowed.contains(who)) {
                if (response.status() != 200 || !body.startsWith(magic)) {
                    problems.add(where + ": expected the file (" + magic + "), got " + excerpt(body));
                }
            } else if (!refused(response) || body.startsWith(magic)) {
                problems.add(where + ": not refused (" + excerpt(body) + ")");
            }
        }
        return this;
    }

    /** A live stream: the allowed get 200 text/event-stream, the others are refused. */
    public RouteRows stream(String path, Set<Who> allowed) {
        rows++;
        for (Who who : Who.values()) {
            var response = callers.stream(who, path);
            calls++;
            String where = "GET " + path + " (stream) as " + who + " → " + response.status();
            boolean events = response.status() == 200
                    && String.valueOf(response.header("Content-Type")).startsWith("text/event-stream");
            if (allowed.contains(who) != events) {
                problems.add(
                        where + (events ? ": not refused" : ": expected the stream, got " + excerpt(body(response))));
            } else if (!allowed.contains(who) && !refused(response)) {
                problems.add(where + ": not refused");
            }
        }
        return this;
    }

    /** Any call as each caller: the allowed get 2xx with {@code marker}, the others refused without it. */
    public RouteRows check(String what, String marker, Set<Who> allowed, Function<Who, TestClient.Response> call) {
        rows++;
        for (Who who : Who.values()) {
            var response = call.apply(who);
            calls++;
            String where = what + " as " + who + " → " + response.status();
            String body = body(response);
            if (allowed.contains(who)) {
                if (response.status() / 100 != 2 || !body.contains(marker)) {
                    problems.add(where + ": expected " + marker + ", got " + excerpt(body));
                }
            } else {
                if (!refused(response)) {
                    problems.add(where + ": not refused (" + excerpt(body) + ")");
                }
                if (body.contains(marker)) {
                    problems.add(where + ": shows " + marker);
                }
            }
        }
        return this;
    }

    /**
     * A call that changes something. Every caller the row refuses calls it on one shared record,
     * and the record must stay unwritten after each; every allowed caller calls it on a fresh
     * record of its own, which must then be written. {@code done} says whether a response is the
     * success the allowed get (a 2xx or a redirect elsewhere than to sign in).
     */
    public <T> RouteRows write(
            String what,
            Set<Who> allowed,
            Supplier<T> record,
            BiFunction<Who, T, TestClient.Response> call,
            Predicate<T> written) {
        rows++;
        T shared = record.get();
        for (Who who : Who.values()) {
            T target = allowed.contains(who) ? record.get() : shared;
            var response = call.apply(who, target);
            calls++;
            String where = what + " as " + who + " → " + response.status();
            if (allowed.contains(who)) {
                if (!done(response)) {
                    problems.add(where + ": expected success, got " + excerpt(body(response)));
                } else if (!written.test(target)) {
                    problems.add(where + ": answered success but nothing was written");
                }
            } else {
                if (!refused(response)) {
                    problems.add(where + ": not refused (" + excerpt(body(response)) + ")");
                }
                if (written.test(target)) {
                    problems.add(where + ": refused caller changed the record");
                }
            }
        }
        return this;
    }

    /** A refusal: 401, 403, 404, or a redirect to sign in. */
    public static boolean refused(TestClient.Response response) {
        int status = response.status();
        return status == 401
                || status == 403
                || status == 404
                || (status == 302 && String.valueOf(response.header("Location")).contains("/login"));
    }

    /** A success: 2xx, or a redirect that is not to sign in and does not carry an error. */
    public static boolean done(TestClient.Response response) {
        int status = response.status();
        if (status / 100 == 2) {
            return true;
        }
        String location = String.valueOf(response.header("Location"));
        return (status == 302 || status == 303) && !location.contains("/login") && !location.contains("error");
    }

    private static String body(TestClient.Response response) {
        return response.body() == null ? "" : response.body();
    }

    private static String excerpt(String body) {
        return body.substring(0, Math.min(200, body.length())).replace('\n', ' ');
    }

    public int rows() {
        return rows;
    }

    /** Fails with every problem seen. */
    public void verify() {
        List<String> seen = List.copyOf(problems);
        problems.clear();
        assertThat(seen)
                .as("%d rows, %d calls as %d kinds of caller", rows, calls, Who.values().length)
                .isEmpty();
    }
}
