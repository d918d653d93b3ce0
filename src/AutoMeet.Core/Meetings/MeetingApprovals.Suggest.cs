using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>The Suggest-another-time link (see <see cref="ApprovalSuggestions"/>).</summary>
internal sealed partial class MeetingApprovals
{
    public async Task<ApprovalLinkResult> ListAlternativesAsync(string? token, int maxCount = 6, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(_tokens.Verify(token, ApprovalDecision.SuggestAnotherTime), cancellationToken).ConfigureAwait(false);
        if (found.Result is { } early)
        {
            return early with { Decision = ApprovalDecision.SuggestAnotherTime };
        }

        var alternatives = await _suggestions.ListAsync(found.Request!, maxCount, cancellationToken).ConfigureAwait(false);
        return new ApprovalLinkResult(ApprovalLinkOutcome.Pending)
        {
            Decision = ApprovalDecision.SuggestAnotherTime,
            RequestStatus = found.Request!.Status,
            MeetingSummary = found.Summary,
            Alternatives = alternatives,
        };
    }

    public async Task<ApprovalLinkResult> SuggestAsync(string? token, Instant start, string? clientAddress, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(_tokens.Verify(token, ApprovalDecision.SuggestAnotherTime), cancellationToken).ConfigureAwait(false);
        if (found.Result is { } early)
        {
            return early with { Decision = ApprovalDecision.SuggestAnotherTime };
        }

        var source = "link" + (string.IsNullOrWhiteSpace(clientAddress) ? string.Empty : "; " + clientAddress.Trim());
        var result = await _suggestions.SuggestAsync(found.Request!, start, source, cancellationToken).ConfigureAwait(false);
        MeetingsLog.ApprovalDecided(_logger, found.Request!.Id.Value, result.Outcome);
        var summary = result.Outcome == ApprovalLinkOutcome.AlternativeSuggested
            ? await _units.ReadAsync(store => SummaryAsync(store, found.Request, cancellationToken)).ConfigureAwait(false) // now at the suggested time
            : found.Summary;
        return result with { Decision = ApprovalDecision.SuggestAnotherTime, MeetingSummary = summary };
    }
}
