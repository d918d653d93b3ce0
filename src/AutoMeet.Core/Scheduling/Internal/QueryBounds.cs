namespace AutoMeet.Scheduling.Internal;

/// <summary>The per-call constants of a question, in ticks: every candidate start <c>s</c> satisfies <c>Lower ≤ s ≤ Upper</c>.</summary>
internal readonly struct QueryBounds
{
    public QueryBounds(AvailabilityRequest request)
    {
        var m = request.Meeting;
        Duration = Ticks.Of(m.Duration);
        Interval = Ticks.Of(m.SlotInterval);
        BufferBefore = Ticks.Of(m.BufferBefore);
        BufferAfter = Ticks.Of(m.BufferAfter);
        NoticeBound = Ticks.Ceiling(request.Now + m.MinimumNotice);
        WindowStart = Ticks.Ceiling(request.Window.Start);
        WindowEnd = Ticks.Floor(request.Window.End);
        HorizonEnd = Horizon.EndTicks(m, request.InviteeZone, request.Now);
        Lower = Math.Max(NoticeBound, WindowStart);
        Upper = Math.Min(WindowEnd - Duration, HorizonEnd == long.MaxValue ? long.MaxValue : HorizonEnd - 1);
    }

    public long Duration { get; }

    public long Interval { get; }

    public long BufferBefore { get; }

    public long BufferAfter { get; }

    public long NoticeBound { get; }

    public long WindowStart { get; }

    public long WindowEnd { get; }

    public long HorizonEnd { get; }

    public long Lower { get; }

    public long Upper { get; }
}
