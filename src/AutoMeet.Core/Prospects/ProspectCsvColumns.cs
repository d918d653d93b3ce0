using System.Collections.Frozen;
using System.Text;

namespace AutoMeet.Prospects;

/// <summary>Maps the header of a prospect CSV file to the fields of <see cref="ProspectInput"/> and to custom fields.</summary>
internal sealed class ProspectCsvColumns
{
    private static readonly FrozenDictionary<string, string> KnownAliases = new Dictionary<string, string>
    {
        ["email"] = "email", ["emailaddress"] = "email", ["mail"] = "email",
        ["firstname"] = "firstName", ["givenname"] = "firstName",
        ["lastname"] = "lastName", ["surname"] = "lastName", ["familyname"] = "lastName",
        ["company"] = "company", ["companyname"] = "company", ["organization"] = "company", ["organisation"] = "company",
        ["title"] = "title", ["jobtitle"] = "title",
        ["timezone"] = "timeZone", ["timezoneid"] = "timeZone", ["tz"] = "timeZone",
        ["countrycode"] = "countryCode", ["country"] = "countryCode",
        ["phone"] = "phone", ["phonenumber"] = "phone",
        ["linkedinurl"] = "linkedInUrl", ["linkedin"] = "linkedInUrl",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] RequiredFields = ["email", "firstName"];

    private ProspectCsvColumns(string?[] knownByIndex, string?[] customByIndex)
    {
        KnownByIndex = knownByIndex;
        CustomByIndex = customByIndex;
    }

    /// <summary>Gets, per column, the known field it holds (camel case), or <see langword="null"/>.</summary>
    public string?[] KnownByIndex { get; }

    /// <summary>Gets, per column, the custom field name it holds, or <see langword="null"/>.</summary>
    public string?[] CustomByIndex { get; }

    /// <summary>Maps a header; returns <see langword="null"/> and an error message when the header cannot be used.</summary>
    public static ProspectCsvColumns? TryCreate(IReadOnlyList<string> headers, out string? error)
    {
        var known = new string?[headers.Count];
        var custom = new string?[headers.Count];
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var customCount = 0;

        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            if (header.Length == 0)
            {
                error = $"Line 1: column {i + 1} has an empty name; every column needs a header.";
                return null;
            }

            var knownKey = KnownAliases.GetValueOrDefault(Squash(header));
            var key = knownKey ?? CustomName(header);
            if (key is null)
            {
                error = $"Line 1: column '{header}' cannot be used as a custom field name (1 to {ProspectLimits.MaxCustomFieldNameLength} characters of A-Z, a-z, 0-9 and _).";
                return null;
            }

            if (!seen.TryAdd(key, header))
            {
                error = $"Line 1: columns '{seen[key]}' and '{header}' both map to '{key}'.";
                return null;
            }

            if (knownKey is not null)
            {
                known[i] = key;
            }
            else
            {
                custom[i] = key;
                customCount++;
            }
        }

        var missing = RequiredFields.Where(f => !known.Contains(f)).ToList();
        if (missing.Count > 0)
        {
            error = $"Line 1: the header lacks the required column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(" and ", missing.Select(m => $"'{m}'"))}.";
            return null;
        }

        if (customCount > ProspectLimits.MaxCustomFields)
        {
            error = $"Line 1: the file has {customCount} custom field columns; at most {ProspectLimits.MaxCustomFields} are allowed.";
            return null;
        }

        error = null;
        return new ProspectCsvColumns(known, custom);
    }

    /// <summary>Lower-cases a header and drops spaces, <c>_</c>, <c>-</c> and <c>.</c>: "First Name" → "firstname".</summary>
    private static string Squash(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (c is not (' ' or '_' or '-' or '.'))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Turns an unknown header into a custom field name: runs of other characters than [A-Za-z0-9_] become one _.</summary>
    private static string? CustomName(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            var ok = char.IsAsciiLetterOrDigit(c) || c == '_';
            if (ok)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        var name = builder.ToString().Trim('_');
        return ProspectValidator.IsValidCustomFieldName(name) ? name : null;
    }
}
