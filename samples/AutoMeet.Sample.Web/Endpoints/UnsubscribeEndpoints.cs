using System.Net;
using AutoMeet.Compliance;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// The unsubscribe link of every e-mail: <c>GET /unsubscribe?token=…</c> only shows a confirmation page (mail
/// scanners open links before people do), and <c>POST /unsubscribe?token=…</c> unsubscribes: the page's button, and
/// mail providers' one-click requests (RFC 8058, body <c>List-Unsubscribe=One-Click</c>). Both are safe to repeat.
/// </summary>
internal static class UnsubscribeEndpoints
{
    public static IEndpointRouteBuilder MapUnsubscribeEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/unsubscribe", (string? token, ILinkSigner signer) =>
        {
            var check = signer.Verify(token, LinkPurposes.Unsubscribe);
            return check.Status switch
            {
                LinkVerificationStatus.Valid => Page(
                    StatusCodes.Status200OK,
                    "Unsubscribe?",
                    "You will no longer receive e-mails from this sender.",
                    $"""<form method="post" action="/unsubscribe?token={WebUtility.UrlEncode(token)}"><button type="submit">Unsubscribe</button></form>"""),
                LinkVerificationStatus.Expired => Page(StatusCodes.Status410Gone, "This link has expired", "Reply to the e-mail with \"unsubscribe\" and you will be removed."),
                _ => Page(StatusCodes.Status400BadRequest, "This link is not valid", "Reply to the e-mail with \"unsubscribe\" and you will be removed."),
            };
        }).ExcludeFromDescription();

        routes.MapPost("/unsubscribe", async (string? token, ISuppressionService suppression, CancellationToken cancellationToken) =>
        {
            var outcome = await suppression.UnsubscribeAsync(token, cancellationToken);
            return outcome switch
            {
                UnsubscribeOutcome.Unsubscribed or UnsubscribeOutcome.AlreadyUnsubscribed =>
                    Page(StatusCodes.Status200OK, "You are unsubscribed", "You will no longer receive e-mails from this sender."),
                UnsubscribeOutcome.ExpiredLink => Page(StatusCodes.Status410Gone, "This link has expired", "Reply to the e-mail with \"unsubscribe\" and you will be removed."),
                _ => Page(StatusCodes.Status400BadRequest, "This link is not valid", "Reply to the e-mail with \"unsubscribe\" and you will be removed."),
            };
        }).DisableAntiforgery().ExcludeFromDescription();

        return routes;
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
