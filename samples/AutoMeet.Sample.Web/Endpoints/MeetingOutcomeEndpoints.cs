using System.Net;
using AutoMeet.Meetings;
using AutoMeet.Meetings.Aftercare;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// The owner's post-meeting links: <c>GET /meeting-outcomes/{token}</c> only shows a confirmation page (mail scanners
/// open links before people do), and <c>POST /meeting-outcomes/{token}</c> with <c>decision=held|no-show</c> decides.
/// Every outcome has a plain page: held, no-show, expired (410), already handled, invalid (400). Safe to repeat.
/// </summary>
internal static class MeetingOutcomeEndpoints
{
    public static IEndpointRouteBuilder MapMeetingOutcomeEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/meeting-outcomes/{token}", async (string token, IMeetingOutcomes outcomes, CancellationToken cancellationToken) =>
        {
            var result = await outcomes.InspectAsync(token, cancellationToken);
            if (result.Outcome != MeetingOutcomeLinkOutcome.Pending)
            {
                return Outcome(result);
            }

            var (title, button, value) = result.Decision == MeetingOutcomeDecision.NoShow
                ? ("Mark this meeting as a no-show?", "Mark as no-show", "no-show")
                : ("Mark this meeting as held?", "Yes, it took place", "held");
            return Page(
                StatusCodes.Status200OK,
                title,
                result.MeetingSummary ?? "A meeting that has ended.",
                $"""<form method="post" action="/meeting-outcomes/{WebUtility.UrlEncode(token)}"><input type="hidden" name="decision" value="{value}"><button type="submit">{button}</button></form>""");
        }).ExcludeFromDescription();

        routes.MapPost("/meeting-outcomes/{token}", async (string token, HttpRequest request, IMeetingOutcomes outcomes, CancellationToken cancellationToken) =>
        {
            var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
            var decision = form?["decision"].ToString() switch
            {
                "held" => MeetingOutcomeDecision.Completed,
                "no-show" => MeetingOutcomeDecision.NoShow,
                _ => (MeetingOutcomeDecision?)null,
            };
            if (decision is null)
            {
                return Page(StatusCodes.Status400BadRequest, "This link is not valid", "Open the link from the e-mail again and use its button.");
            }

            var client = request.HttpContext.Connection.RemoteIpAddress?.ToString();
            return Outcome(await outcomes.DecideAsync(token, decision.Value, client, cancellationToken));
        }).DisableAntiforgery().ExcludeFromDescription();

        return routes;
    }

    private static IResult Outcome(MeetingOutcomeLinkResult result)
    {
        var meeting = result.MeetingSummary ?? "The meeting";
        return result.Outcome switch
        {
            MeetingOutcomeLinkOutcome.Completed => Page(StatusCodes.Status200OK, "Marked as held", meeting + ". Thanks, the meeting is recorded as held."),
            MeetingOutcomeLinkOutcome.NoShow => Page(StatusCodes.Status200OK, "Marked as a no-show", meeting + ". The meeting is recorded as a no-show; if follow-ups are on, the prospect will be offered new times."),
            MeetingOutcomeLinkOutcome.Expired => Page(StatusCodes.Status410Gone, "This link has expired", "Check the meeting in your calendar or CRM."),
            MeetingOutcomeLinkOutcome.AlreadyHandled => Page(StatusCodes.Status200OK, "Already handled", meeting + ". " + Earlier(result.MeetingStatus)),
            _ => Page(StatusCodes.Status400BadRequest, "This link is not valid", "Open the link from the e-mail again, or check the meeting in your calendar."),
        };
    }

    private static string Earlier(MeetingStatus? status) => status switch
    {
        MeetingStatus.Completed => "It was recorded as held before; nothing changed.",
        MeetingStatus.NoShow => "It was recorded as a no-show before; nothing changed.",
        MeetingStatus.Cancelled => "The meeting was cancelled; nothing changed.",
        _ => "The meeting is no longer open; nothing changed.",
    };

    private static IResult Page(int status, string title, string text, string form = "") => Results.Content(
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>{WebUtility.HtmlEncode(title)}</title></head>
        <body><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p>{form}</body></html>
        """,
        "text/html; charset=utf-8",
        statusCode: status);
}
