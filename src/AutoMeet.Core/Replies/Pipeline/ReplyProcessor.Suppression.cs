using AutoMeet.Compliance;
using AutoMeet.Messaging;

namespace AutoMeet.Replies.Pipeline;

/// <summary>Suppressions and their audit, written before the decision's transaction (see the class remarks).</summary>
internal sealed partial class ReplyProcessor
{
    /// <summary>The audit action recorded when a reply asks to stop.</summary>
    internal const string UnsubscribeAuditAction = "suppression.unsubscribed";

    private async Task<IReadOnlyList<string>> SuppressAsync(ReplyContext context, ReplyAnalysis analysis, CancellationToken cancellationToken)
    {
        var label = analysis.Classification.Label;
        if (label is not (ReplyLabel.Bounce or ReplyLabel.Unsubscribe))
        {
            return [];
        }

        var owner = context.Account.OwnerId;
        var lines = new List<string>();

        // A bounce report comes from the mail server: the bounced address is the prospect's. An unsubscribe covers the
        // prospect's address and, when someone else answered in the thread, the replier's own.
        var addresses = new List<string>();
        if (context.Prospect is { Email.Length: > 0 } prospect)
        {
            addresses.Add(prospect.Email);
        }

        if (label == ReplyLabel.Unsubscribe && !addresses.Contains(context.Email.From.Address, StringComparer.OrdinalIgnoreCase))
        {
            addresses.Add(context.Email.From.Address);
        }

        var reason = label == ReplyLabel.Bounce ? SuppressionReason.Bounced : SuppressionReason.Unsubscribed;
        foreach (var address in addresses)
        {
            bool added;
            try
            {
                added = await _suppression.SuppressAsync(owner, address, reason, label == ReplyLabel.Bounce ? "reply-bounce" : "reply", cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException)
            {
                ReplyPipelineLog.SuppressionSkipped(_logger, context.Message.Id.Value);
                continue;
            }

            lines.Add((added ? "address suppressed: " : "address already suppressed: ") + (label == ReplyLabel.Bounce ? "bounced" : "unsubscribed"));
            if (label == ReplyLabel.Unsubscribe)
            {
                // The audit names the person only by the one-way hash, as the unsubscribe link does.
                await _audit.RecordAsync(
                    owner,
                    ActorKind.Prospect,
                    _suppression.HashAddress(owner, address),
                    UnsubscribeAuditAction,
                    nameof(EmailMessage),
                    context.Message.Id.ToString(),
                    ReplyJson.Flat(("source", "reply"), ("classifier", analysis.Classification.Classifier), ("newlySuppressed", added ? "true" : "false")),
                    cancellationToken).ConfigureAwait(false);
                lines.Add("audited: " + UnsubscribeAuditAction);
            }
        }

        return lines;
    }
}
