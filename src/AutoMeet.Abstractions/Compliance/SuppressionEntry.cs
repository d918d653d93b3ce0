using AutoMeet.Storage;

namespace AutoMeet.Compliance;

/// <summary>Represents an address, domain or erased-address hash that no send path may mail. Unique per owner, kind and value.</summary>
public sealed class SuppressionEntry : Entity<SuppressionEntry>
{
    /// <summary>Gets or sets the owner (tenant) the entry applies to.</summary>
    public UserId OwnerId { get; set; }

    /// <summary>Gets or sets what <see cref="Value"/> matches.</summary>
    public SuppressionKind Kind { get; set; }

    /// <summary>Gets or sets the normalised address, domain or hash.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Gets or sets why it was suppressed.</summary>
    public SuppressionReason Reason { get; set; }

    /// <summary>Gets or sets where the entry came from (link, reply, import, API).</summary>
    public string? Source { get; set; }
}
