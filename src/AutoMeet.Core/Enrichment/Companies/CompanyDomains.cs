namespace AutoMeet.Enrichment.Companies;

/// <summary>
/// Reduces a mail domain to the company's registrable domain without a public-suffix list: the last two labels, or
/// the last three when the second-to-last is a common second-level suffix (<c>co.uk</c>, <c>com.au</c>…).
/// </summary>
internal static class CompanyDomains
{
    private static readonly HashSet<string> SecondLevel = new(StringComparer.Ordinal)
    {
        "co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "ne", "or", "gob", "gv",
    };

    public static string RegistrableDomain(string domain)
    {
        var labels = domain.TrimEnd('.').ToLowerInvariant().Split('.');
        if (labels.Length <= 2)
        {
            return string.Join('.', labels);
        }

        var take = SecondLevel.Contains(labels[^2]) && labels[^1].Length == 2 ? 3 : 2;
        return string.Join('.', labels[^take..]);
    }

    /// <summary>Derives a readable name from a registrable domain ("acme-robotics.co.uk" → "Acme Robotics").</summary>
    public static string NameFromDomain(string registrableDomain)
    {
        var label = registrableDomain.Split('.')[0];
        return CompanyNameNormalizer.Normalize(label.Replace('-', ' '));
    }
}
