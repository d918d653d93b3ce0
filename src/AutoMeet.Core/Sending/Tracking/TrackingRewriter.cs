using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AutoMeet.Compliance;
using NodaTime;

namespace AutoMeet.Sending.Tracking;

/// <summary>
/// Rewrites an outgoing HTML body for engagement tracking: each <c>http(s)</c> link becomes a signed redirect
/// through <c>/t/c</c> (the target travels inside the signature, so the endpoint is never an open redirect), and an
/// open pixel pointing at <c>/t/o</c> is appended. The unsubscribe link is left alone.
/// </summary>
internal static partial class TrackingRewriter
{
    public static string Rewrite(string html, string outboxRowId, Uri baseUrl, ILinkSigner signer, Instant expiresAt, bool clicks, bool opens)
    {
        if (clicks)
        {
            html = Href().Replace(html, match =>
            {
                var target = WebUtility.HtmlDecode(match.Groups["url"].Value);
                if (target.StartsWith(new Uri(baseUrl, "unsubscribe").AbsoluteUri, StringComparison.OrdinalIgnoreCase))
                {
                    return match.Value;
                }

                var token = signer.Sign(new LinkTokenPayload(LinkPurposes.TrackClick, [outboxRowId, target], expiresAt));
                return "href=\"" + WebUtility.HtmlEncode(new Uri(baseUrl, "t/c?token=" + Uri.EscapeDataString(token)).AbsoluteUri) + "\"";
            });
        }

        if (opens)
        {
            var token = signer.Sign(new LinkTokenPayload(LinkPurposes.TrackOpen, [outboxRowId], expiresAt));
            var pixel = string.Create(CultureInfo.InvariantCulture, $"<img src=\"{WebUtility.HtmlEncode(new Uri(baseUrl, "t/o?token=" + Uri.EscapeDataString(token)).AbsoluteUri)}\" width=\"1\" height=\"1\" alt=\"\" style=\"display:none\">");
            var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = end < 0 ? html + pixel : html.Insert(end, pixel);
        }

        return html;
    }

    [GeneratedRegex("href=\"(?<url>https?://[^\"]+)\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Href();
}
