namespace AutoMeet.Replies.Ai;

/// <summary>
/// Configures the AI reply classifier and availability extractor (bind from <c>AutoMeet:Ai</c>). They are used only when
/// an <c>IChatClient</c> is registered and <see cref="Enabled"/> is <see langword="true"/>; otherwise the offline
/// classifier and extractor answer alone. Validated when the host starts.
/// </summary>
public sealed class AiReplyOptions
{
    /// <summary>The configuration section the options are usually bound from.</summary>
    public const string SectionName = "AutoMeet:Ai";

    /// <summary>Gets or sets a value indicating whether a registered <c>IChatClient</c> is used to read replies.</summary>
    /// <value>The default value is <see langword="true"/> (registering a chat client is the opt-in).</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the model id sent with each request, or <see langword="null"/> for the chat client's default.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? ModelId { get; set; }

    /// <summary>Gets or sets how long one model call may take before the offline answer is used (more than zero, at most 5 minutes).</summary>
    /// <value>The default value is 10 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the lowest confidence (after the guardrail caps) at which the model's category is kept; below it the offline decision is used.</summary>
    /// <value>The default value is 0.4.</value>
    public double MinConfidence { get; set; } = 0.4;

    /// <summary>Gets or sets the highest confidence an AI decision may report: a model's self-reported confidence is not calibrated.</summary>
    /// <value>The default value is 0.9.</value>
    public double MaxConfidence { get; set; } = 0.9;

    /// <summary>Gets or sets the offline confidence from which a disagreement with the model caps the AI decision's confidence.</summary>
    /// <value>The default value is 0.8.</value>
    public double StrongOfflineConfidence { get; set; } = 0.8;

    /// <summary>Gets or sets the confidence cap applied when the offline classifier strongly disagrees or the reply looks like a prompt injection,
    /// so that nothing is done autonomously on such a decision.</summary>
    /// <value>The default value is 0.5.</value>
    public double DisagreementConfidenceCap { get; set; } = 0.5;

    /// <summary>Gets or sets the most characters of the prospect's new text sent to the model (longer text is cut).</summary>
    /// <value>The default value is 6000.</value>
    public int MaxTextChars { get; set; } = 6000;

    /// <summary>Gets or sets the most characters of earlier thread messages (quoted text) sent as context; 0 sends none.</summary>
    /// <value>The default value is 3000.</value>
    public int MaxThreadContextChars { get; set; } = 3000;

    /// <summary>Gets or sets how far after the reply an AI-extracted window may start.</summary>
    /// <value>The default value is 120 days.</value>
    public TimeSpan AvailabilityHorizon { get; set; } = TimeSpan.FromDays(120);

    /// <summary>Gets or sets the shortest plausible window the model may return.</summary>
    /// <value>The default value is 15 minutes.</value>
    public TimeSpan MinWindowLength { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets or sets the longest plausible window the model may return.</summary>
    /// <value>The default value is 12 hours.</value>
    public TimeSpan MaxWindowLength { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Gets or sets the earliest local hour (0–23) of a window that the offline extractor does not corroborate.</summary>
    /// <value>The default value is 6.</value>
    public int EarliestHour { get; set; } = 6;

    /// <summary>Gets or sets the latest local hour (1–24) at which a window that the offline extractor does not corroborate may end.</summary>
    /// <value>The default value is 22.</value>
    public int LatestHour { get; set; } = 22;

    /// <summary>Gets or sets the most windows one AI extraction may return.</summary>
    /// <value>The default value is 20.</value>
    public int MaxWindows { get; set; } = 20;
}
