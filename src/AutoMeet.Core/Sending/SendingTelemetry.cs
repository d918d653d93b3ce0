using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AutoMeet.Sending;

/// <summary>The sender's metrics and traces: meter and activity source <c>AutoMeet.Sending</c>.</summary>
public static class SendingTelemetry
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "AutoMeet.Sending";

    internal static readonly ActivitySource Activities = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Rows = Meter.CreateCounter<long>(
        "automeet.outbox.rows", unit: "{row}", description: "Outbox rows handled by the sender, by outcome.");

    private static readonly Counter<long> Planned = Meter.CreateCounter<long>(
        "automeet.outbox.planned", unit: "{row}", description: "Outbox rows written by the scheduler.");

    internal static void Handled(OutboxSendOutcome outcome) =>
        Rows.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));

    internal static void PlannedRows(int count)
    {
        if (count > 0)
        {
            Planned.Add(count);
        }
    }
}
