namespace AutoMeet.Messaging;

/// <summary>Represents a mailbox address with an optional display name.</summary>
/// <param name="Address">The address, for example <c>ada@example.com</c>.</param>
/// <param name="DisplayName">The display name, if any.</param>
public sealed record EmailAddress(string Address, string? DisplayName = null)
{
    /// <inheritdoc/>
    public override string ToString() => DisplayName is null ? Address : $"{DisplayName} <{Address}>";
}
