using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.Text;
using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.Duplicates;

/// <summary>The comparison keys and the union-find over linked records.</summary>
internal sealed partial class DuplicateDetector
{
    /// <summary>A prospect's folded name, company words and company domain, and the blocks it is compared in.</summary>
    private sealed class PersonKey
    {
        public PersonKey(Prospect prospect, DuplicateDetector owner)
        {
            var hasBothNames = !string.IsNullOrWhiteSpace(prospect.FirstName) && !string.IsNullOrWhiteSpace(prospect.LastName);
            FullName = hasBothNames ? PersonNameSimilarity.FullName(prospect.FirstName, prospect.LastName) : string.Empty;
            First = NameText.Fold(prospect.FirstName);
            Last = NameText.Fold(prospect.LastName);
            var key = CompanyNameNormalizer.MatchKey(prospect.Company);
            CompanyTokens = NameText.Tokens(key);
            var parts = EmailAddressParser.Parse(prospect.Email, []);
            CompanyDomain = parts is not null && !owner._companies.IsFreeMailDomain(parts.Domain) ? CompanyDomains.RegistrableDomain(parts.Domain) : null;

            var blocks = new List<string>(2);
            if (key.Length > 0)
            {
                CompanyBlock = "c:" + key.Split(' ')[0];
                blocks.Add(CompanyBlock);
            }

            if (CompanyDomain is not null)
            {
                blocks.Add("d:" + CompanyDomain);
            }

            Blocks = blocks;
        }

        public string FullName { get; }

        /// <summary>Gets the folded first name.</summary>
        public string First { get; }

        /// <summary>Gets the block of the first company word, if any; pairs sharing it are compared there only.</summary>
        public string? CompanyBlock { get; }

        /// <summary>Gets the folded last name.</summary>
        public string Last { get; }

        public HashSet<string> CompanyTokens { get; }

        public string? CompanyDomain { get; }

        public IReadOnlyList<string> Blocks { get; }
    }

    /// <summary>Union-find over record indices, remembering each link's reason and similarity.</summary>
    private sealed class Links(int count)
    {
        private readonly int[] _parent = Enumerable.Range(0, count).ToArray();
        private readonly List<(int A, int B, DuplicateReason Reason, double Similarity)> _links = [];

        public void Link(int a, int b, DuplicateReason reason, double similarity)
        {
            _links.Add((a, b, reason, similarity));
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        public IEnumerable<IReadOnlyList<int>> Groups() =>
            Enumerable.Range(0, _parent.Length).GroupBy(Find).Where(g => g.Count() > 1).Select(g => (IReadOnlyList<int>)g.ToList());

        /// <summary>Returns the strongest reason and the weakest similarity of each group's links, by the group's root.</summary>
        public Dictionary<int, (DuplicateReason Reason, double Similarity)> Strengths()
        {
            var strengths = new Dictionary<int, (DuplicateReason Reason, double Similarity)>();
            foreach (var link in _links)
            {
                var root = Find(link.A);
                strengths[root] = strengths.TryGetValue(root, out var s)
                    ? ((DuplicateReason)Math.Min((int)s.Reason, (int)link.Reason), Math.Min(s.Similarity, link.Similarity))
                    : (link.Reason, link.Similarity);
            }

            return strengths;
        }

        public int Root(int i) => Find(i);

        private int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }
    }
}
