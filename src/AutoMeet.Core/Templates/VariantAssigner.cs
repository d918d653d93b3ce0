using AutoMeet.Campaigns;
using AutoMeet.Prospects;

namespace AutoMeet.Templates;

/// <summary>Assigns A/B variants deterministically: the same campaign and prospect always get the same variant, on any machine.</summary>
public static class VariantAssigner
{
    /// <summary>Gets the variant index of a prospect in a campaign.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="prospectId">The prospect.</param>
    /// <param name="variantCount">How many variants there are (at least 1).</param>
    /// <returns>An index in [0, <paramref name="variantCount"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variantCount"/> is less than 1.</exception>
    public static int Assign(Id<Campaign> campaignId, Id<Prospect> prospectId, int variantCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(variantCount, 1);
        Span<byte> bytes = stackalloc byte[32];
        campaignId.Value.TryWriteBytes(bytes);
        prospectId.Value.TryWriteBytes(bytes[16..]);

        // FNV-1a over both ids, then a SplitMix64 finaliser: stable across processes (unlike string.GetHashCode).
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        hash ^= hash >> 30;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 27;
        hash *= 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return (int)(hash % (ulong)variantCount);
    }
}
