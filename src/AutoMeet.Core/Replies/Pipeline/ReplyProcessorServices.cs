using AutoMeet.Compliance;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Replies.Pipeline;

/// <summary>The services the processor needs besides the pipeline's own (keeps its constructor short).</summary>
internal sealed class ReplyProcessorServices(
    ISuppressionService suppression, IAuditTrail audit, IDateTimeZoneProvider zones, IClock clock, IOptions<AutoMeetOptions> options)
{
    public ISuppressionService Suppression { get; } = suppression;

    public IAuditTrail Audit { get; } = audit;

    public IDateTimeZoneProvider Zones { get; } = zones;

    public IClock Clock { get; } = clock;

    public IOptions<AutoMeetOptions> Options { get; } = options;
}
