namespace AutoMeet.Sending;

/// <summary>Represents what one run of the sender did.</summary>
/// <param name="Claimed">Rows claimed.</param>
/// <param name="Sent">Rows sent and recorded.</param>
/// <param name="Recovered">Rows found already sent after a crash, recorded without a second send.</param>
/// <param name="Cancelled">Rows cancelled.</param>
/// <param name="Deferred">Rows released to be retried later.</param>
/// <param name="Failed">Rows that failed for good.</param>
/// <param name="LeaseLost">Rows whose lease was lost before they could be recorded.</param>
public sealed record OutboxSendReport(int Claimed, int Sent, int Recovered, int Cancelled, int Deferred, int Failed, int LeaseLost)
{
    /// <summary>Gets an empty report.</summary>
    public static OutboxSendReport Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    internal OutboxSendReport Add(OutboxSendOutcome outcome) => outcome switch
    {
        OutboxSendOutcome.Sent => this with { Claimed = Claimed + 1, Sent = Sent + 1 },
        OutboxSendOutcome.Recovered => this with { Claimed = Claimed + 1, Recovered = Recovered + 1 },
        OutboxSendOutcome.Cancelled => this with { Claimed = Claimed + 1, Cancelled = Cancelled + 1 },
        OutboxSendOutcome.Deferred => this with { Claimed = Claimed + 1, Deferred = Deferred + 1 },
        OutboxSendOutcome.Failed => this with { Claimed = Claimed + 1, Failed = Failed + 1 },
        _ => this with { Claimed = Claimed + 1, LeaseLost = LeaseLost + 1 },
    };
}
