namespace AutoMeet.Compliance;

/// <summary>Represents what a suppression entry matches.</summary>
public enum SuppressionKind
{
    /// <summary>One e-mail address (lower case).</summary>
    Address = 0,

    /// <summary>Every address of a domain (lower case, no <c>@</c>).</summary>
    Domain = 1,

    /// <summary>A one-way hash of an erased address, so that person is never contacted again.</summary>
    AddressHash = 2,
}
