namespace AutoMeet.Replies.Responses;

/// <summary>Configures reply drafts: the response generator, its guardrails and the owner's approval links (section <c>AutoMeet:Responses</c>).</summary>
public sealed class ResponseOptions
{
    /// <summary>The configuration section the options are usually bound from.</summary>
    public const string SectionName = "AutoMeet:Responses";

    /// <summary>Gets or sets a value indicating whether replies get drafted answers at all.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether a registered <c>IChatClient</c> writes the drafts (the template library is the fallback).</summary>
    /// <value>The default value is <see langword="true"/> (registering a chat client is the opt-in).</value>
    public bool UseAi { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether a flat decline gets a short courteous close (otherwise no draft).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool AnswerNotInterested { get; set; } = true;

    /// <summary>
    /// Gets the links (absolute URLs, compared by prefix) and addresses a generated draft may contain. Anything else that
    /// looks like a URL, a domain or an e-mail address makes the model's draft invalid (the template is used instead).
    /// </summary>
    /// <value>The default value is empty: drafts contain no links.</value>
    public IList<string> AllowedLinks { get; } = [];

    /// <summary>Gets or sets how long the owner's Approve and Reject links work (5 minutes to 30 days).</summary>
    /// <value>The default value is 48 hours.</value>
    public TimeSpan ApprovalLinkLifetime { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Gets or sets the longest body a model may write, in characters (200 to <see cref="ReplyDraft.MaxBodyLength"/>).</summary>
    /// <value>The default value is 2000.</value>
    public int MaxBodyChars { get; set; } = 2000;

    /// <summary>Gets or sets the highest confidence a model-written draft may carry (a model's self-reported confidence is not calibrated).</summary>
    /// <value>The default value is 0.85.</value>
    public double MaxAiConfidence { get; set; } = 0.85;
}
