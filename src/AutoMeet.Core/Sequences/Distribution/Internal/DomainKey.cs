namespace AutoMeet.Sequences.Distribution.Internal;

/// <summary>A (mailbox, recipient domain) pair, compared case-insensitively on the domain.</summary>
internal readonly record struct DomainKey(int Mailbox, string Domain)
{
    public static IEqualityComparer<DomainKey> Comparer { get; } = new DomainKeyComparer();

    private sealed class DomainKeyComparer : IEqualityComparer<DomainKey>
    {
        public bool Equals(DomainKey x, DomainKey y) => x.Mailbox == y.Mailbox && string.Equals(x.Domain, y.Domain, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(DomainKey obj) => HashCode.Combine(obj.Mailbox, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Domain));
    }
}
