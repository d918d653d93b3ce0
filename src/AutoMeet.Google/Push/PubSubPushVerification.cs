namespace AutoMeet.Google.Push;

/// <summary>The result of checking a Pub/Sub push request's token.</summary>
/// <param name="Status">The outcome.</param>
public sealed record PubSubPushVerification(PubSubPushStatus Status)
{
    /// <summary>Gets a value indicating whether the request is authentic.</summary>
    public bool IsValid => Status == PubSubPushStatus.Valid;
}
