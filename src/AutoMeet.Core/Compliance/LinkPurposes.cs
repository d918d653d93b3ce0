namespace AutoMeet.Compliance;

/// <summary>The purposes of the links AutoMeet signs.</summary>
public static class LinkPurposes
{
    /// <summary>A one-click unsubscribe link; subjects are the owner id and the normalised address.</summary>
    public const string Unsubscribe = "unsubscribe";
}
