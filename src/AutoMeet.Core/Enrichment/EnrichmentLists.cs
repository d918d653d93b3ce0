using System.Collections.Frozen;
using System.Reflection;

namespace AutoMeet.Enrichment;

/// <summary>Reads the domain and name lists embedded in the assembly (<c>Enrichment/Data/*.txt</c>).</summary>
internal static class EnrichmentLists
{
    private static readonly Lazy<FrozenSet<string>> s_disposable = new(() => Load("disposable-domains.txt"));
    private static readonly Lazy<FrozenSet<string>> s_roles = new(() => Load("role-accounts.txt"));
    private static readonly Lazy<FrozenSet<string>> s_freeMail = new(() => Load("free-mail-domains.txt"));
    private static readonly Lazy<FrozenSet<string>> s_catchAllHosts = new(() => Load("catch-all-mail-hosts.txt"));
    private static readonly Lazy<FrozenSet<string>> s_plusTags = new(() => Load("plus-tag-domains.txt"));

    public static FrozenSet<string> DisposableDomains => s_disposable.Value;

    public static FrozenSet<string> RoleAccounts => s_roles.Value;

    public static FrozenSet<string> FreeMailDomains => s_freeMail.Value;

    public static FrozenSet<string> CatchAllMailHosts => s_catchAllHosts.Value;

    public static FrozenSet<string> PlusTagDomains => s_plusTags.Value;

    /// <summary>Returns the embedded list with <paramref name="extra"/> entries added (trimmed, lower case).</summary>
    public static FrozenSet<string> With(FrozenSet<string> list, IEnumerable<string>? extra)
    {
        var added = extra?.Select(e => e.Trim().TrimEnd('.').ToLowerInvariant()).Where(e => e.Length > 0).ToList();
        return added is null || added.Count == 0 ? list : list.Concat(added).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="domain"/> or one of its parent domains is in <paramref name="list"/>.</summary>
    public static bool ContainsDomainOrParent(FrozenSet<string> list, string domain)
    {
        var current = domain.TrimEnd('.');
        while (current.Length > 0)
        {
            if (list.Contains(current))
            {
                return true;
            }

            var dot = current.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                return false;
            }

            current = current[(dot + 1)..];
        }

        return false;
    }

    private static FrozenSet<string> Load(string fileName)
    {
        var name = "AutoMeet.Enrichment.Data." + fileName;
        using var stream = typeof(EnrichmentLists).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded list '{name}' is missing from {typeof(EnrichmentLists).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                entries.Add(trimmed.ToLowerInvariant());
            }
        }

        return entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
