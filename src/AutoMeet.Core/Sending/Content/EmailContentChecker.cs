using System.Text.RegularExpressions;

namespace AutoMeet.Sending.Content;

/// <summary>
/// Warns, before launch or in a preview, about content that hurts deliverability: no plain-text part, a shouting or
/// over-long subject, runs of exclamation marks, phrases spam filters weigh against, too many links or images, images
/// with almost no text, public link shorteners. Warnings, not errors: the user decides. Pure and thread-safe.
/// </summary>
public static partial class EmailContentChecker
{
    /// <summary>The phrases looked for (case-insensitive, whole words).</summary>
    public static IReadOnlyList<string> SpamPhrases { get; } =
    [
        "100% free", "act now", "buy now", "cash bonus", "click here", "double your", "earn money", "free money", "guaranteed",
        "limited time", "no obligation", "once in a lifetime", "risk-free", "special promotion", "urgent", "winner", "you have been selected",
    ];

    private static readonly string[] Shorteners = ["bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly"];

    /// <summary>Checks one rendered e-mail.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="text">The plain-text part, if any.</param>
    /// <param name="html">The HTML part, if any.</param>
    /// <returns>The warnings, in a stable order (none for a clean e-mail).</returns>
    public static IReadOnlyList<ContentWarning> Check(string subject, string? text, string? html)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var warnings = new List<ContentWarning>();
        if (string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(html))
        {
            warnings.Add(new(ContentWarningCode.MissingPlainText, "The e-mail has an HTML part but no plain-text part; add one."));
        }

        var letters = subject.Count(char.IsLetter);
        if (letters >= 5 && subject.Count(char.IsUpper) >= letters * 0.7)
        {
            warnings.Add(new(ContentWarningCode.SubjectShouting, "The subject is mostly capital letters."));
        }

        if (subject.Length > 78)
        {
            warnings.Add(new(ContentWarningCode.SubjectTooLong, $"The subject has {subject.Length} characters; most clients show about 78."));
        }

        var body = text ?? StripTags(html ?? string.Empty);
        if (subject.Contains("!!", StringComparison.Ordinal) || body.Contains("!!", StringComparison.Ordinal) || subject.Count(c => c == '!') >= 2)
        {
            warnings.Add(new(ContentWarningCode.ExclamationMarks, "Runs of exclamation marks look like marketing."));
        }

        var all = subject + "\n" + body;
        foreach (var phrase in SpamPhrases)
        {
            if (Regex.IsMatch(all, @"(?<![\w])" + Regex.Escape(phrase) + @"(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            {
                warnings.Add(new(ContentWarningCode.SpamPhrase, $"\"{phrase}\" is weighed against by spam filters."));
            }
        }

        var links = Links().Matches((html ?? string.Empty) + "\n" + (text ?? string.Empty)).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (links.Count > 3)
        {
            warnings.Add(new(ContentWarningCode.TooManyLinks, $"{links.Count} links; a personal e-mail has one or two."));
        }

        if (links.Any(l => Shorteners.Any(s => Uri.TryCreate(l, UriKind.Absolute, out var uri) && (uri.Host.Equals(s, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + s, StringComparison.OrdinalIgnoreCase)))))
        {
            warnings.Add(new(ContentWarningCode.LinkShortener, "A public link shortener hides the target; spam filters distrust it. Link to your own domain."));
        }

        var images = Images().Count(html ?? string.Empty);
        if (images > 2)
        {
            warnings.Add(new(ContentWarningCode.TooManyImages, $"{images} images; a personal e-mail has none or one."));
        }

        if (images > 0 && Words().Count(body) < 20)
        {
            warnings.Add(new(ContentWarningCode.ImageHeavy, "Images with almost no text look like a flyer; write the message in text."));
        }

        return warnings;
    }

    private static string StripTags(string html) => Tags().Replace(html, " ");

    [GeneratedRegex(@"https?://[^\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Links();

    [GeneratedRegex(@"<img\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Images();

    [GeneratedRegex(@"<[^>]+>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Words();
}
