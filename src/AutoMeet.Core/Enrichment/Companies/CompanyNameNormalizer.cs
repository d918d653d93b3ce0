using System.Globalization;
using AutoMeet.Enrichment.Text;

namespace AutoMeet.Enrichment.Companies;

/// <summary>
/// Normalises company names: trims and collapses spaces, strips trailing legal forms (Inc, LLC, Ltd, GmbH, AG, S.A.,
/// B.V., PLC, Corp…, repeatedly, never the whole name), and fixes casing only when the name is all lower case
/// (every word capitalised, connectors such as "of" kept lower) or all upper case (words of four letters or more
/// capitalised, shorter ones kept as acronyms). Mixed-case names keep their casing ("eBay", "McKinsey").
/// </summary>
public static class CompanyNameNormalizer
{
    private static readonly string[] LegalForms =
    [
        "gmbh & co. kg", "gmbh & co kg", "pty. ltd.", "pty ltd", "pte. ltd.", "pte ltd", "sp. z o.o.", "co., ltd.", "co. ltd.", "co., ltd",
        "s.a.s.", "s.a.", "s.l.", "s.p.a.", "s.r.l.", "s.r.o.", "b.v.", "n.v.", "l.l.c.", "k.k.", "a/s", "incorporated", "corporation",
        "limited", "inc.", "inc", "llc", "ltd.", "ltd", "gmbh", "kgaa", "ag", "sa", "sas", "sarl", "sl", "spa", "srl", "bv", "nv", "plc",
        "llp", "lp", "corp.", "corp", "co.", "oy", "ab", "as", "aps", "kg", "se", "kft.", "zrt.",
    ];

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "the", "for", "de", "la", "du", "von", "van", "der", "und", "&" };

    /// <summary>Returns the display form of a company name ("ACME SOFTWARE, INC." → "Acme Software").</summary>
    /// <param name="name">The name as given.</param>
    /// <returns>The normalised name; empty for a blank name.</returns>
    public static string Normalize(string? name)
    {
        var text = string.Join(' ', (name ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        text = StripLegalForms(text);
        return FixCasing(text);
    }

    /// <summary>Returns a key for comparing company names: the normalised name folded (no diacritics or punctuation, lower case), without a leading "the".</summary>
    /// <param name="name">The name as given.</param>
    /// <returns>The key; empty for a blank name.</returns>
    public static string MatchKey(string? name)
    {
        var folded = NameText.Fold(Normalize(name));
        return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
    }

    private static string StripLegalForms(string text)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            text = text.TrimEnd(',', ' ', '-');
            foreach (var form in LegalForms)
            {
                if (text.Length > form.Length + 1
                    && text.EndsWith(form, StringComparison.OrdinalIgnoreCase)
                    && text[^(form.Length + 1)] is ' ' or ',')
                {
                    text = text[..^form.Length].TrimEnd(',', ' ', '-');
                    changed = true;
                    break;
                }
            }
        }

        return text;
    }

    private static string FixCasing(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        var allLower = letters.Count > 0 && letters.All(char.IsLower);
        var allUpper = letters.Count > 0 && letters.All(char.IsUpper);
        if (!allLower && !allUpper)
        {
            return text;
        }

        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (i > 0 && Connectors.Contains(word))
            {
                words[i] = word.ToLowerInvariant();
            }
            else if (allLower || word.Count(char.IsLetter) >= 4)
            {
                words[i] = string.Join('-', word.Split('-').Select(Capitalize));
            }
        }

        return string.Join(' ', words);
    }

    private static string Capitalize(string part) =>
        part.Length == 0 ? part : char.ToUpper(part[0], CultureInfo.InvariantCulture) + part[1..].ToLowerInvariant();
}
