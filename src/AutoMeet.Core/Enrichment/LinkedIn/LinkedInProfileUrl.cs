namespace AutoMeet.Enrichment.LinkedIn;

/// <summary>
/// Represents a LinkedIn profile URL checked and normalised to <c>https://www.linkedin.com/in/&lt;slug&gt;</c>:
/// scheme optional (https assumed), host <c>linkedin.com</c>, <c>www.linkedin.com</c> or a one- or two-letter
/// subdomain (<c>de.</c>, <c>uk.</c>, <c>m.</c>), path <c>/in/&lt;slug&gt;</c> (trailing slash, deeper segments such
/// as <c>/details/experience</c>, query strings and fragments are dropped), slug of 3 to 100 letters, digits or
/// hyphens, lower-cased.
/// </summary>
public sealed record LinkedInProfileUrl
{
    private const int MinSlugLength = 3;
    private const int MaxSlugLength = 100;

    /// <summary>Gets a value indicating whether the URL is a valid profile URL.</summary>
    public bool IsValid => Error == LinkedInUrlError.None;

    /// <summary>Gets the normalised URL, or <see langword="null"/> when invalid.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the profile slug (lower case, unescaped), or <see langword="null"/> when invalid.</summary>
    public string? Slug { get; init; }

    /// <summary>Gets why the URL was rejected, or <see cref="LinkedInUrlError.None"/>.</summary>
    public LinkedInUrlError Error { get; init; }

    /// <summary>Gets an explanation of the rejection, or <see langword="null"/>.</summary>
    public string? Message { get; init; }

    /// <summary>Checks and normalises a profile URL.</summary>
    /// <param name="value">The URL as given.</param>
    /// <returns>The outcome; never throws.</returns>
    public static LinkedInProfileUrl Parse(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Fail(LinkedInUrlError.Empty, "No URL was given.");
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0 || !uri.IsDefaultPort)
        {
            return Fail(LinkedInUrlError.NotAUrl, "The value is not a plain http(s) URL.");
        }

        var host = uri.IdnHost.ToLowerInvariant();
        if (host is "lnkd.in" or "www.lnkd.in")
        {
            return Fail(LinkedInUrlError.ShortLink, "lnkd.in short links cannot be resolved offline; give the full profile URL.");
        }

        if (!IsLinkedInHost(host))
        {
            return Fail(LinkedInUrlError.NotLinkedIn, $"The host '{host}' is not LinkedIn.");
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var kind = segments.Length > 0 ? segments[0].ToLowerInvariant() : string.Empty;
        if (kind is "company" or "school" or "showcase")
        {
            return Fail(LinkedInUrlError.CompanyPage, $"'/{kind}/' pages belong to organisations, not people.");
        }

        if (kind != "in")
        {
            return Fail(LinkedInUrlError.NotAProfile, "Only '/in/<profile>' URLs are profiles.");
        }

        var slug = segments.Length > 1 ? Uri.UnescapeDataString(segments[1]).ToLowerInvariant() : string.Empty;
        if (slug.Length is < MinSlugLength or > MaxSlugLength || !slug.All(c => char.IsLetterOrDigit(c) || c == '-'))
        {
            return Fail(LinkedInUrlError.InvalidSlug, $"A profile slug has {MinSlugLength} to {MaxSlugLength} letters, digits or hyphens.");
        }

        return new LinkedInProfileUrl { Slug = slug, Url = "https://www.linkedin.com/in/" + Uri.EscapeDataString(slug) };
    }

    private static bool IsLinkedInHost(string host)
    {
        if (host == "linkedin.com")
        {
            return true;
        }

        if (!host.EndsWith(".linkedin.com", StringComparison.Ordinal))
        {
            return false;
        }

        var sub = host[..^".linkedin.com".Length];
        return sub == "www" || (sub.Length is 1 or 2 && sub.All(char.IsAsciiLetterLower));
    }

    private static LinkedInProfileUrl Fail(LinkedInUrlError error, string message) => new() { Error = error, Message = message };
}
