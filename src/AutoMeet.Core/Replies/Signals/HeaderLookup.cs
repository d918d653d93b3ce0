using System.Diagnostics.CodeAnalysis;

namespace AutoMeet.Replies.Signals;

/// <summary>Case-insensitive header lookup over any dictionary.</summary>
internal static class HeaderLookup
{
    /// <summary>Finds a header by name, ignoring case.</summary>
    public static bool TryGet(IReadOnlyDictionary<string, string> headers, string name, [NotNullWhen(true)] out string? value)
    {
        if (headers.TryGetValue(name, out value))
        {
            return true;
        }

        foreach (var (key, headerValue) in headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = headerValue;
                return true;
            }
        }

        value = null;
        return false;
    }
}
