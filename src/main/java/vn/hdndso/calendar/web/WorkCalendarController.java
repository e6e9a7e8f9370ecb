package vn.hdndso.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.calendar.CalendarPeople;
import vn.hdndso.calendar.CalendarPeriod;
import vn.hdndso.calendar.CalendarPerson;
import vn.hdndso.calendar.PersonalFeeds;
import vn.hdndso.calendar.WorkCalendar;
import vn.hdndso.calendar.WorkEntry;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.VnTime;

/**
 * The work calendar of the signed-in person in a council ({@code /app/councils/{slug}/calendar}):
 * month, week and list views (the list is the default on a phone), and their personal feed's
 * secret link, made, shown once and revoked here.
 */
@Controller
@PreAuthorize("@councilAccess.member()")
class WorkCalendarController {

    private final Councils councils;
    private final CalendarPeople people;
    private final WorkCalendar calendar;
    private final PersonalFeeds feeds;
    private final InstallationProperties installation;
    private final Clock clock;

    WorkCalendarController(
            Councils councils,
            CalendarPeople people,
            WorkCalendar calendar,
            PersonalFeeds feeds,
            InstallationProperties installation,
            Clock clock) {
        this.councils = councils;
        this.people = people;
        this.calendar = calendar;
        this.feeds = feeds;
        this.installation = installation;
        this.clock = clock;
    }

    @GetMapping("/app/councils/{slug}/calendar")
    String calendar(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String view,
            @RequestParam(required = false) @Nullable String date,
            @RequestHeader(value = HttpHeaders.USER_AGENT, required = false) @Nullable String userAgent,
            @RequestHeader(value = "Sec-CH-UA-Mobile", required = false) @Nullable String mobileHint,
            Model model) {
        Council council = councils.requireBySlug(slug);
        CurrentUser user = CurrentUser.get().orElseThrow();
        LocalDate today = VnTime.today(clock);
        CalendarPeriod.View chosen = CalendarPeriod.View.parse(view);
        if (chosen == null) {
            chosen = phone(userAgent, mobileHint) ? CalendarPeriod.View.LIST : CalendarPeriod.View.MONTH;
        }
        CalendarPeriod period = CalendarPeriod.of(chosen, day(date, today));
        CalendarPerson person = people.of(user, council);
        List<WorkEntry> entries = calendar.entries(person, period.from(), period.to());
        Map<LocalDate, List<WorkEntry>> byDay = new LinkedHashMap<>();
        for (WorkEntry e : entries) {
            byDay.computeIfAbsent(e.date(), d -> new java.util.ArrayList<>()).add(e);
        }
        model.addAttribute("council", council);
        // no view asked for: a narrow screen the server took for a desktop switches to the list (calendar.js)
        model.addAttribute("defaultView", view == null ? chosen.param() : null);
        model.addAttribute("period", period);
        model.addAttribute("entries", entries);
        model.addAttribute("byDay", byDay);
        model.addAttribute("today", today);
        model.addAttribute(
                "overdue", entries.stream().filter(e -> e.overdueOn(today)).count());
        model.addAttribute(
                "feedSince", feeds.activeSince(council.id(), user.id()).orElse(null));
        if (model.getAttribute("feedToken") instanceof String token) {
            model.addAttribute("feedUrl", PersonalFeedController.address(installation.baseUrl(), token));
        }
        return "calendar/work";
    }

    @PostMapping("/app/councils/{slug}/calendar/feed")
    String issue(@PathVariable String slug, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        CurrentUser user = CurrentUser.get().orElseThrow();
        redirect.addFlashAttribute("feedToken", feeds.issue(council.id(), user.id()));
        return "redirect:/app/councils/" + slug + "/calendar?view=list#feed";
    }

    @PostMapping("/app/councils/{slug}/calendar/feed/revoke")
    String revoke(@PathVariable String slug, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        CurrentUser user = CurrentUser.get().orElseThrow();
        boolean revoked = feeds.revoke(council.id(), user.id());
        redirect.addFlashAttribute("notice", revoked ? "workcalendar.feed.revoked" : "workcalendar.feed.none");
        return "redirect:/app/councils/" + slug + "/calendar?view=list#feed";
    }

    /** The day asked for (yyyy-MM-dd or dd/MM/yyyy); today when absent or unreadable. */
    static LocalDate day(@Nullable String date, LocalDate today) {
        if (date == null || date.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            try {
                return vn.hdndso.shared.VnDates.parseDate(date);
            } catch (DateTimeParseException | IllegalArgumentException again) {
                return today;
            }
        }
    }

    /** A phone, by the client hint or the user agent: its calendar opens as a list. */
    static boolean phone(@Nullable String userAgent, @Nullable String mobileHint) {
        if (mobileHint != null) {
            return mobileHint.strip().equals("?1");
        }
        return userAgent != null && (userAgent.contains("Mobi") || userAgent.contains("Android"));
    }
}
