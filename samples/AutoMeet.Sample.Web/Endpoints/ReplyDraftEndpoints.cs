using System.Net;
using AutoMeet.Replies;
using AutoMeet.Replies.Responses;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// The owner's reply-draft links: <c>GET /reply-drafts/{token}</c> only shows the draft with a confirmation button (mail
/// scanners open links before people do), and <c>POST /reply-drafts/{token}</c> with <c>decision=approve|reject</c>
/// decides. Every outcome has a plain page: sent, rejected, expired (410), already handled, invalid (400). Safe to repeat:
/// a draft is sent at most once.
/// </summary>
internal static class ReplyDraftEndpoints
{
    public static IEndpointRouteBuilder MapReplyDraftEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/reply-drafts/{token}", async (string token, IReplyDraftApprovals drafts, CancellationToken cancellationToken) =>
        {
            var result = await drafts.InspectAsync(token, cancellationToken);
            if (result.Outcome != ReplyDraftLinkOutcome.Pending)
            {
                return Outcome(result);
            }

            var (title, button, value) = result.Decision == ReplyDraftDecision.Reject
                ? ("Reject this answer?", "Reject", "reject")
                : ("Approve and send this answer?", "Approve & send", "approve");
            var referral = result.ReferredEmail is null ? string.Empty : $"<p>Approving also adds {WebUtility.HtmlEncode(result.ReferredEmail)} as a prospect and enrolls them in the campaign.</p>";
            return Page(
                StatusCodes.Status200OK,
                title,
                result.Summary ?? "A prospect replied.",
                Draft(result) + referral
                + $"""<form method="post" action="/reply-drafts/{WebUtility.UrlEncode(token)}"><input type="hidden" name="decision" value="{value}"><button type="submit">{button}</button></form>""");
        }).ExcludeFromDescription();

        routes.MapPost("/reply-drafts/{token}", async (string token, HttpRequest request, IReplyDraftApprovals drafts, CancellationToken cancellationToken) =>
        {
            var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
            var decision = form?["decision"].ToString() switch
            {
                "approve" => ReplyDraftDecision.Approve,
                "reject" => ReplyDraftDecision.Reject,
                _ => (ReplyDraftDecision?)null,
            };
            if (decision is null)
            {
                return Page(StatusCodes.Status400BadRequest, "This link is not valid", "Open the link from the e-mail again and use its button.");
            }

            var client = request.HttpContext.Connection.RemoteIpAddress?.ToString();
            return Outcome(await drafts.DecideAsync(token, decision.Value, client, cancellationToken));
        }).DisableAntiforgery().ExcludeFromDescription();

        return routes;
    }

    private static IResult Outcome(ReplyDraftLinkResult result)
    {
        var what = result.Summary ?? "The answer";
        return result.Outcome switch
        {
            ReplyDraftLinkOutcome.Approved => Page(StatusCodes.Status200OK, "Approved", what + (result.Status == ReplyDraftStatus.Sent ? ". It was sent in the thread." : ". It is being sent in the thread.")),
            ReplyDraftLinkOutcome.Rejected => Page(StatusCodes.Status200OK, "Rejected", what + ". Nothing was sent to the prospect."),
            ReplyDraftLinkOutcome.Expired => Page(StatusCodes.Status410Gone, "This link has expired", "Nothing was sent. Answer the prospect from your mailbox if you still want to."),
            ReplyDraftLinkOutcome.AlreadyHandled => Page(StatusCodes.Status200OK, "Already handled", what + ". " + Earlier(result.Status)),
            _ => Page(StatusCodes.Status400BadRequest, "This link is not valid", "Open the link from the e-mail again, or check the thread in your mailbox."),
        };
    }

    private static string Earlier(ReplyDraftStatus? status) => status switch
    {
        ReplyDraftStatus.Sent => "It was sent before; nothing changed.",
        ReplyDraftStatus.Approved => "It was approved before and is being sent; nothing changed.",
        ReplyDraftStatus.Rejected => "It was rejected before; nothing changed.",
        _ => "It expired before a decision; nothing changed.",
    };

    private static string Draft(ReplyDraftLinkResult result) =>
        $"<p><strong>{WebUtility.HtmlEncode(result.Subject ?? string.Empty)}</strong></p><pre style=\"white-space:pre-wrap\">{WebUtility.HtmlEncode(result.Body ?? string.Empty)}</pre>";

    private static IResult Page(int status, string title, string text, string html = "") => Results.Content(
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>{WebUtility.HtmlEncode(title)}</title></head>
        <body><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p>{html}</body></html>
        """,
        "text/html; charset=utf-8",
        statusCode: status);
}
