using System.Collections.Frozen;
using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.Text;
using AutoMeet.Prospects;
using Microsoft.Extensions.Options;

namespace AutoMeet.Enrichment.Duplicates;

/// <summary>The default <see cref="IDuplicateDetector"/>.</summary>
internal sealed partial class DuplicateDetector : IDuplicateDetector
{
    private readonly DuplicateDetectionOptions _options;
    private readonly ICompanyEnricher _companies;
    private readonly FrozenSet<string> _plusTagDomains;

    public DuplicateDetector(IOptions<DuplicateDetectionOptions> options, ICompanyEnricher companies)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(companies);
        _options = options.Value;
        _companies = companies;
        _plusTagDomains = EnrichmentLists.With(EnrichmentLists.PlusTagDomains, _options.AdditionalPlusTagDomains);
    }

    public string CanonicalEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var parts = EmailAddressParser.Parse(email, []);
        if (parts is null)
        {
            return email.Trim().ToLowerInvariant();
        }

        var domain = parts.Domain;
        if (domain is "gmail.com" or "googlemail.com")
        {
            return parts.MailboxName.Replace(".", string.Empty, StringComparison.Ordinal) + "@gmail.com";
        }

        return _plusTagDomains.Contains(domain) ? $"{parts.MailboxName}@{domain}" : $"{parts.LocalPart.ToLowerInvariant()}@{domain}";
    }

    public IReadOnlyList<MergeSuggestion> FindDuplicates(IReadOnlyList<Prospect> prospects, IReadOnlyDictionary<Id<Prospect>, int>? historyCounts = null)
    {
        ArgumentNullException.ThrowIfNull(prospects);
        var links = new Links(prospects.Count);
        LinkByAddress(prospects, links);
        LinkByNameAndCompany(prospects, links);
        var strengths = links.Strengths();
        return links.Groups()
            .Select(group => Suggest(prospects, group, strengths[links.Root(group[0])], historyCounts))
            .OrderBy(s => s.KeepCreatedAt)
            .Select(s => s.Suggestion)
            .ToList();
    }

    private void LinkByAddress(IReadOnlyList<Prospect> prospects, Links links)
    {
        var byExact = new Dictionary<string, int>(StringComparer.Ordinal);
        var byMailbox = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < prospects.Count; i++)
        {
            var exact = prospects[i].Email.Trim().ToLowerInvariant();
            if (exact.Length == 0)
            {
                continue;
            }

            if (byExact.TryGetValue(exact, out var first))
            {
                links.Link(first, i, DuplicateReason.SameEmail, 1);
                continue;
            }

            byExact[exact] = i;
            var canonical = CanonicalEmail(exact);
            if (byMailbox.TryGetValue(canonical, out first))
            {
                links.Link(first, i, DuplicateReason.SameMailbox, 1);
            }
            else
            {
                byMailbox[canonical] = i;
            }
        }
    }

    private void LinkByNameAndCompany(IReadOnlyList<Prospect> prospects, Links links)
    {
        var keys = prospects.Select(p => new PersonKey(p, this)).ToList();
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i].FullName.Length == 0)
            {
                continue;
            }

            foreach (var block in keys[i].Blocks)
            {
                if (!blocks.TryGetValue(block, out var members))
                {
                    blocks[block] = members = [];
                }

                members.Add(i);
            }
        }

        foreach (var (block, members) in blocks.Where(b => b.Value.Count > 1))
        {
            var isDomainBlock = block.StartsWith("d:", StringComparison.Ordinal);
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    var (left, right) = (keys[members[a]], keys[members[b]]);
                    if (isDomainBlock && left.CompanyBlock is not null && left.CompanyBlock == right.CompanyBlock)
                    {
                        continue; // already compared in their company block
                    }

                    CompareNames(left, right, members[a], members[b], links);
                }
            }
        }
    }

    private void CompareNames(PersonKey left, PersonKey right, int i, int j, Links links)
    {
        var sameCompany = (left.CompanyDomain is not null && left.CompanyDomain == right.CompanyDomain)
            || (left.CompanyTokens.Count > 0 && NameText.TokenOverlap(left.CompanyTokens, right.CompanyTokens) >= _options.CompanySimilarityThreshold);
        if (!sameCompany)
        {
            return;
        }

        var similarity = PersonNameSimilarity.CompareFoldedParts(left.First, left.Last, right.First, right.Last, _options.NameSimilarityThreshold);
        if (similarity >= _options.NameSimilarityThreshold)
        {
            links.Link(i, j, DuplicateReason.SimilarNameAndCompany, Math.Round(similarity, 4));
        }
    }

    private static (MergeSuggestion Suggestion, NodaTime.Instant KeepCreatedAt) Suggest(
        IReadOnlyList<Prospect> prospects, IReadOnlyList<int> group, (DuplicateReason Reason, double Similarity) strength, IReadOnlyDictionary<Id<Prospect>, int>? history)
    {
        int History(Prospect p) => history is not null && history.TryGetValue(p.Id, out var n) ? n : 0;
        var ordered = group.Select(i => prospects[i])
            .OrderByDescending(History).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .ToList();
        var (reason, similarity) = strength;
        var explanation = reason switch
        {
            DuplicateReason.SameEmail => "The records share the same e-mail address (ignoring case).",
            DuplicateReason.SameMailbox => "The addresses reach the same mailbox (Gmail dots or +tags ignored).",
            _ => $"Near-identical names (similarity {similarity:0.00}) at the same company.",
        };
        var suggestion = new MergeSuggestion
        {
            KeepId = ordered[0].Id,
            MergeIds = ordered.Skip(1).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Select(p => p.Id).ToList(),
            Reason = reason,
            Similarity = similarity,
            Explanation = explanation + " Keep the record with the most history (then the oldest) and merge the others into it.",
        };
        return (suggestion, ordered[0].CreatedAt);
    }
}
