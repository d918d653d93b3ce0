using System.Net;

namespace AutoMeet.Sample.Web.Http;

/// <summary>Plain HTML pages for people who arrive from a browser redirect (OAuth consent, unsubscribe links).</summary>
internal static class HtmlPage
{
    /// <summary>A small page with a title and lines of text, all HTML-encoded.</summary>
    public static IResult Create(int status, string title, params string[] lines) => Results.Content(
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>{WebUtility.HtmlEncode(title)}</title></head>
        <body><h1>{WebUtility.HtmlEncode(title)}</h1>{string.Concat(lines.Select(l => "<p>" + WebUtility.HtmlEncode(l) + "</p>"))}</body></html>
        """,
        "text/html; charset=utf-8",
        statusCode: status);
}
