using AutoMeet.Replies.Responses;
using AutoMeet.Storage;
using AutoMeet.Work;

namespace AutoMeet.Replies.Pipeline;

/// <summary>The hand-off to the response generator: a <see cref="ReplyDraftWork.Create"/> work item per reply.</summary>
internal sealed partial class ReplyActions
{
    /// <summary>
    /// Queues the written answer for replies that call for one (<see cref="ReplyDraftSituations.For"/>: questions,
    /// requests for material, declines, referrals and objections; meeting intent is answered by the meeting proposal).
    /// The item's key is the message id, so a reply gets at most one draft however often it is processed.
    /// </summary>
    private async Task QueueDraftAsync(
        IAutoMeetStore store, ReplyContext context, ReplyClassification classification, Id<ReplyDecision> decisionId, List<string> log, CancellationToken cancellationToken)
    {
        if (ReplyDraftSituations.For(classification.Label, classification.Objection) is not { } situation)
        {
            return;
        }

        var item = new WorkItem { Kind = ReplyDraftWork.Create, Key = context.Message.Id.ToString(), Payload = decisionId.ToString(), DueAt = clock.GetCurrentInstant() };
        log.Add(await store.WorkQueue.EnqueueAsync(item, cancellationToken).ConfigureAwait(false)
            ? "reply draft queued: " + situation.ToWireName()
            : "reply draft already queued");
    }
}
