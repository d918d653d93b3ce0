using System.Net;
using AutoMeet.Approvals;
using AutoMeet.Meetings;
using NodaTime.Text;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// The owner's approval links: <c>GET /approvals/{token}</c> only shows a confirmation page (mail scanners open
/// links before people do), and <c>POST /approvals/{token}</c> with <c>decision=approve|decline</c> decides. The
/// Suggest-another-time link's page lists the owner's free times as buttons (<c>decision=suggest</c> and
/// <c>start</c>, an ISO-8601 UTC instant); the time is checked again on the POST. Every outcome has a plain page:
/// approved, declined, another time suggested, time not available (409), expired (410), already handled, invalid (400).
/// Safe to repeat.
/// </summary>
internal static class ApprovalEndpoints
{
    private const int MaxAlternatives = 6;

    public static IEndpointRouteBuilder MapApprovalEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/approvals/{token}", async (string token, IMeetingApprovals approvals, CancellationToken cancellationToken) =>
        {
            var result = await approvals.InspectAsync(token, cancellationToken);
            if (result.Outcome != ApprovalLinkOutcome.Pending)
            {
                return Outcome(result);
            }

            if (result.Decision == ApprovalDecision.SuggestAnotherTime)
            {
                return SuggestPage(token, await approvals.ListAlternativesAsync(token, MaxAlternatives, cancellationToken));
            }

            var (title, button, value) = result.Decision == ApprovalDecision.Decline
                ? ("Decline this meeting?", "Decline", "decline")
                : ("Approve this meeting?", "Approve and book", "approve");
            return Page(
                StatusCodes.Status200OK,
                title,
                result.MeetingSummary ?? "A prospect agreed to meet.",
                $"""<form method="post" action="/approvals/{WebUtility.UrlEncode(token)}"><input type="hidden" name="decision" value="{value}"><button type="submit">{button}</button></form>""");
        }).ExcludeFromDescription();

        routes.MapPost("/approvals/{token}", async (string token, HttpRequest request, IMeetingApprovals approvals, CancellationToken cancellationToken) =>
        {
            var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
            var client = request.HttpContext.Connection.RemoteIpAddress?.ToString();
            if (form?["decision"].ToString() == "suggest")
            {
                var start = InstantPattern.ExtendedIso.Parse(form["start"].ToString());
                return start.Success
                    ? Outcome(await approvals.SuggestAsync(token, start.Value, client, cancellationToken), token)
                    : Page(StatusCodes.Status400BadRequest, "No time chosen", "Open the link from the e-mail again and choose one of the times on its page.");
            }

            var decision = form?["decision"].ToString() switch
            {
                "approve" => ApprovalDecision.Approve,
                "decline" => ApprovalDecision.Decline,
                _ => (ApprovalDecision?)null,
            };
            if (decision is null)
            {
                return Page(StatusCodes.Status400BadRequest, "This link is not valid", "Open the link from the e-mail again and use its button.");
            }

            return Outcome(await approvals.DecideAsync(token, decision.Value, client, cancellationToken));
        }).DisableAntiforgery().ExcludeFromDescription();

        return routes;
    }

    private static IResult Outcome(ApprovalLinkResult result, string? token = null)
    {
        var meeting = result.MeetingSummary ?? "The meeting";
        return result.Outcome switch
        {
            ApprovalLinkOutcome.AlternativeSuggested => Page(
                StatusCodes.Status200OK,
                "Another time suggested",
                meeting + ". The time is held for the prospect, who was asked about it in the thread; their answer is handled like any reply."),
            ApprovalLinkOutcome.SlotUnavailable => Page(
                StatusCodes.Status409Conflict,
                "That time is not available",
                string.Join(" ", result.Reasons) + " Nothing changed.",
                token is null ? string.Empty : $"""<p><a href="/approvals/{WebUtility.UrlEncode(token)}">Choose another time</a></p>"""),
            ApprovalLinkOutcome.Approved => Page(StatusCodes.Status200OK, "Approved", meeting + ". " + Booking(result.Booking)),
            ApprovalLinkOutcome.Declined => Page(StatusCodes.Status200OK, "Declined", meeting + ". The time was released; nothing was sent to the prospect."),
            ApprovalLinkOutcome.Expired => Page(StatusCodes.Status410Gone, "This link has expired", "The request timed out. Check your calendar and the thread with the prospect."),
            ApprovalLinkOutcome.AlreadyHandled => Page(StatusCodes.Status200OK, "Already handled", meeting + ". " + Earlier(result.RequestStatus)),
            _ => Page(StatusCodes.Status400BadRequest, "This link is not valid", "Open the link from the e-mail again, or check the meeting in your calendar."),
        };
    }

    private static string Booking(BookingResult? booking) => booking?.Outcome switch
    {
        BookingOutcome.Booked or BookingOutcome.AlreadyBooked => "It is booked with a Google Meet link, and the prospect gets a confirmation.",
        BookingOutcome.SlotTaken => "The time was taken meanwhile, so nothing was booked; the prospect was offered other times.",
        BookingOutcome.NoAlternatives => "The time was taken meanwhile and no other time is free; nothing was booked.",
        BookingOutcome.NotBookable or BookingOutcome.NotFound => "The meeting is no longer open; nothing was booked.",
        _ => "The booking is being completed.",
    };

    private static string Earlier(ApprovalStatus? status) => status switch
    {
        ApprovalStatus.Approved => "It was approved before; nothing changed.",
        ApprovalStatus.Declined => "It was declined before; nothing changed.",
        ApprovalStatus.Expired => "The request expired before a decision; nothing changed.",
        ApprovalStatus.AlternativeSuggested => "Another time was suggested to the prospect before; nothing changed.",
        _ => "The meeting is no longer waiting for approval; nothing changed.",
    };

    /// <summary>The Suggest-another-time page: one button per free time (nothing is decided by opening it).</summary>
    private static IResult SuggestPage(string token, ApprovalLinkResult result)
    {
        if (result.Outcome != ApprovalLinkOutcome.Pending)
        {
            return Outcome(result);
        }

        var alternatives = result.Alternatives ?? [];
        if (alternatives.Count == 0)
        {
            return Page(StatusCodes.Status200OK, "No other free time", (result.MeetingSummary ?? "The meeting") + ". Your calendar has no other bookable time in the booking horizon; approve or decline it instead.");
        }

        var action = "/approvals/" + WebUtility.UrlEncode(token);
        var buttons = string.Concat(alternatives.Select(a =>
            $"""<form method="post" action="{action}"><input type="hidden" name="decision" value="suggest"><input type="hidden" name="start" value="{InstantPattern.ExtendedIso.Format(a.Start)}"><button type="submit">{WebUtility.HtmlEncode(a.Text)}</button></form>"""));
        return Page(
            StatusCodes.Status200OK,
            "Suggest another time?",
            (result.MeetingSummary ?? "A prospect agreed to meet") + ". Choose a time to propose instead; it is held for the prospect and they are asked in the thread.",
            buttons);
    }

    private static IResult Page(int status, string title, string text, string form = "") => Results.Content(
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>{WebUtility.HtmlEncode(title)}</title></head>
        <body><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p>{form}</body></html>
        """,
        "text/html; charset=utf-8",
        statusCode: status);
}
