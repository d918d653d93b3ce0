using System.Diagnostics.Metrics;

namespace AutoMeet.Replies.Pipeline;

/// <summary>
/// The reply pipeline's counters on the <c>AutoMeet.Replies</c> meter: <c>automeet.replies.processed</c> (tag
/// <c>label</c>), <c>automeet.replies.ignored</c> (tag <c>reason</c>), <c>automeet.replies.already_processed</c> and
/// <c>automeet.replies.failed</c>.
/// </summary>
internal sealed class ReplyPipelineMetrics : IDisposable
{
    /// <summary>The meter's name, for OpenTelemetry's <c>AddMeter</c>.</summary>
    public const string MeterName = "AutoMeet.Replies";

    private readonly Meter? _owned;
    private readonly Counter<long> _processed;
    private readonly Counter<long> _ignored;
    private readonly Counter<long> _already;
    private readonly Counter<long> _failed;

    public ReplyPipelineMetrics(IMeterFactory? meterFactory = null)
    {
        var meter = meterFactory?.Create(MeterName) ?? (_owned = new Meter(MeterName));
        _processed = meter.CreateCounter<long>("automeet.replies.processed", unit: "{reply}", description: "Replies decided and acted on, by label.");
        _ignored = meter.CreateCounter<long>("automeet.replies.ignored", unit: "{message}", description: "Messages ignored: not in a tracked thread, or our own.");
        _already = meter.CreateCounter<long>("automeet.replies.already_processed", unit: "{message}", description: "Messages seen again after their decision was stored.");
        _failed = meter.CreateCounter<long>("automeet.replies.failed", unit: "{message}", description: "Messages that could not be stored (read again next run).");
    }

    public void Processed(ReplyLabel label) => _processed.Add(1, new KeyValuePair<string, object?>("label", label.ToWireName()));

    public void Ignored(string reason) => _ignored.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void AlreadyProcessed() => _already.Add(1);

    public void Failed() => _failed.Add(1);

    public void Dispose() => _owned?.Dispose();
}
