package vn.hdndso.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.calendar.CalendarEntry;
import vn.hdndso.calendar.CalendarPeople;
import vn.hdndso.calendar.ICalendarWriter;
import vn.hdndso.calendar.PersonalFeeds;
import vn.hdndso.calendar.WorkCalendar;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.AccountIdentities;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * {@code /lich/{token}.ics}: one person's work calendar for their phone, opened by its secret link
 * alone (calendar apps sign in to nothing). What the account is invited to or answers for, as it
 * would see it signed in now; cancelled and postponed sittings as STATUS:CANCELLED. An unknown or
 * revoked token, or a disabled account, answers 404 with nothing of anyone. Never kept by a cache.
 */
@RestController
@Tag(name = "Lịch công tác")
class PersonalFeedController {

    private final PersonalFeeds feeds;
    private final AccountIdentities accounts;
    private final Councils councils;
    private final CalendarPeople people;
    private final WorkCalendar calendar;
    private final InstallationProperties installation;
    private final MessageSource messages;
    private final Clock clock;

    PersonalFeedController(
            PersonalFeeds feeds,
            AccountIdentities accounts,
            Councils councils,
            CalendarPeople people,
            WorkCalendar calendar,
            InstallationProperties installation,
            MessageSource messages,
            Clock clock) {
        this.feeds = feeds;
        this.accounts = accounts;
        this.councils = councils;
        this.people = people;
        this.calendar = calendar;
        this.installation = installation;
        this.messages = messages;
        this.clock = clock;
    }

    /** The feed's address for a token. */
    static String address(String baseUrl, String token) {
        return baseUrl.replaceAll("/+$", "") + "/lich/" + token + ".ics";
    }

    @GetMapping("/lich/{token}.ics")
    @Operation(
            summary = "Lịch công tác cá nhân (iCalendar)",
            description = "Những gì người có đường dẫn bí mật này được mời dự hoặc chịu trách nhiệm: kỳ họp, "
                    + "phiên họp, tiếp xúc cử tri, giám sát, các hạn trả lời và báo cáo. Đường dẫn đã thu hồi "
                    + "hoặc không có trả lời 404.")
    ResponseEntity<String> feed(@Parameter(description = "mã bí mật của đường dẫn") @PathVariable String token) {
        var owner = feeds.resolve(token).orElseThrow(PersonalFeedController::notFound);
        var account = Tenancy.call(
                        new TenantScope.AllCouncils("personal calendar feed: its account"),
                        () -> accounts.actingAs(owner.account()))
                .filter(a -> a.worksFor(owner.council()))
                .orElseThrow(PersonalFeedController::notFound);
        Council council = councils.require(owner.council());
        List<CalendarEntry> entries = Tenancy.call(
                new TenantScope.StaffCouncil(council.id()),
                () -> calendar.feed(people.of(account, council), VnTime.today(clock)).stream()
                        .map(e -> e.toCalendarEntry(installation.baseUrl()))
                        .toList());
        Instant changed = entries.stream()
                .map(CalendarEntry::lastModified)
                .max(Comparator.naturalOrder())
                .orElse(ICalendarController.EPOCH);
        String name = Objects.requireNonNullElse(
                messages.getMessage(
                        "workcalendar.feed.name",
                        new Object[] {account.fullName(), council.name()},
                        account.fullName(),
                        LocaleContextHolder.getLocale()),
                account.fullName());
        return ResponseEntity.ok()
                .contentType(ICalendarController.CALENDAR)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Robots-Tag", "noindex")
                .body(ICalendarWriter.write(name, entries, changed));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("workcalendar.feed.notFound", "");
    }
}
