using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Replies.Signals;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Replies.Pipeline;

/// <summary>One message: thread, append, once-only check, analysis, decision with actions.</summary>
internal sealed partial class ReplyProcessor
{
    private async Task<MessageOutcome> ProcessMessageAsync(MailboxAccount account, InboundEmail email, CancellationToken cancellationToken)
    {
        if (string.Equals(email.From.Address, account.EmailAddress, StringComparison.OrdinalIgnoreCase))
        {
            return Ignore(account, email, "own");
        }

        var context = await LoadAsync(account, email, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return Ignore(account, email, "untracked");
        }

        if (context.Message.Direction == MessageDirection.Outbound)
        {
            return Ignore(account, email, "own");
        }

        if (context.Decided)
        {
            return Already(context.Message.Id);
        }

        var hostZone = context.HostZone;
        var analysis = await _analyzer.AnalyzeAsync(email, context.Reply.ProspectZone, hostZone, ReplyJson.OwnAddresses(account), cancellationToken).ConfigureAwait(false);
        var before = await SuppressAsync(context.Reply, analysis, cancellationToken).ConfigureAwait(false);

        for (var attempt = 1; ; attempt++)
        {
            var scope = _scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
                try
                {
                    var decision = await store.ExecuteInTransactionAsync(
                        token => DecideAsync(store, context.Reply, analysis, before, token), cancellationToken).ConfigureAwait(false);
                    if (decision is null)
                    {
                        return Already(context.Message.Id);
                    }

                    var actionCount = decision.Actions.Length == 0 ? 0 : decision.Actions.Count(ch => ch == '\n') + 1;
                    ReplyPipelineLog.ReplyDecided(_logger, context.Message.Id.Value, decision.Label, decision.Classifier, decision.Confidence, actionCount);
                    _metrics.Processed(decision.Label);
                    return MessageOutcome.Processed;
                }
                catch (DuplicateEntityException)
                {
                    // Another worker stored the decision first (its transaction did the actions); anything else is a real failure.
                    if (!await IsDecidedAsync(context.Message.Id, cancellationToken).ConfigureAwait(false))
                    {
                        throw;
                    }

                    return Already(context.Message.Id);
                }
                catch (ConcurrencyConflictException) when (attempt < MaxDecisionAttempts)
                {
                    ReplyPipelineLog.DecisionConflict(_logger, context.Message.Id.Value, attempt);
                }
            }
        }
    }

    private async Task<ReplyDecision?> DecideAsync(IAutoMeetStore store, ReplyContext context, ReplyAnalysis analysis, IReadOnlyList<string> before, CancellationToken cancellationToken)
    {
        if (await store.ReplyDecisions.FindByMessageAsync(context.Message.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return null;
        }

        var decisionId = Id<ReplyDecision>.New();
        var log = new List<string>(before);
        var enrollment = await _actions.ApplyAsync(store, context, analysis, decisionId, log, cancellationToken).ConfigureAwait(false);
        var c = analysis.Classification;
        var decision = new ReplyDecision
        {
            Id = decisionId,
            OwnerId = context.Account.OwnerId,
            MessageId = context.Message.Id,
            ThreadId = context.Thread.Id,
            ProspectId = context.Thread.ProspectId,
            CampaignId = context.Thread.CampaignId,
            EnrollmentId = enrollment?.Id,
            Label = c.Label,
            Objection = c.Label == ReplyLabel.Objection ? c.Objection : null,
            Sentiment = Math.Clamp(c.Sentiment, -1, 1),
            MeetingIntent = c.MeetingIntent,
            Confidence = Math.Clamp(c.Confidence, 0, 1),
            Classifier = c.Classifier,
            Reasons = Limit(string.Join('\n', c.Reasons)),
            ReturnDate = c.ReturnDate,
            OfferedWindowsJson = ReplyJson.Windows(analysis.Windows, _zones, context.ProspectZone),
            Actions = Limit(string.Join('\n', log)),
            DecidedAt = _clock.GetCurrentInstant(),
        };
        await store.ReplyDecisions.AddAsync(decision, cancellationToken).ConfigureAwait(false);
        await Events.DomainEventRecorder.ReplyClassifiedAsync(store, decision, cancellationToken).ConfigureAwait(false);
        return decision;
    }

    /// <summary>Reads what processing needs in one unit of work, appending the message to its thread on the way.</summary>
    private async Task<LoadedReply?> LoadAsync(MailboxAccount account, InboundEmail email, CancellationToken cancellationToken)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var mayBeReport = DeliveryFailureDetector.IsDeliveryFailure(new Replies.ReplyInput { Subject = email.Subject, From = email.From.ToString(), Headers = email.Headers, Body = email.TextBody }, out _);
            var thread = await ReplyThreadLocator.FindAsync(store.Threads, account.Id, email, mayBeReport, cancellationToken).ConfigureAwait(false);
            if (thread is null)
            {
                return null;
            }

            var message = await AppendAsync(store, thread, email, cancellationToken).ConfigureAwait(false);
            var decided = message.Direction == MessageDirection.Inbound
                && await store.ReplyDecisions.FindByMessageAsync(message.Id, cancellationToken).ConfigureAwait(false) is not null;
            var prospect = await store.Prospects.FindAsync(thread.ProspectId, cancellationToken).ConfigureAwait(false);
            var fallbackZone = _zones.GetZoneOrNull(_options.Value.DefaultTimeZoneId) ?? DateTimeZone.Utc;
            var settings = await store.CalendarSettings.FindByOwnerAsync(account.OwnerId, cancellationToken).ConfigureAwait(false);
            var reply = new ReplyContext
            {
                Account = account,
                Thread = thread,
                Message = message,
                Email = email,
                Prospect = prospect,
                ProspectZone = Zone(prospect?.TimeZoneId) ?? fallbackZone,
            };
            return new LoadedReply(reply, decided, Zone(settings?.TimeZoneId) ?? fallbackZone);
        }
    }

    private static async Task<EmailMessage> AppendAsync(IAutoMeetStore store, EmailThread thread, InboundEmail email, CancellationToken cancellationToken)
    {
        var rfcMessageId = string.IsNullOrWhiteSpace(email.RfcMessageId)
            ? email.ProviderMessageId + "@provider.invalid"
            : ReplyThreadLocator.Normalize(email.RfcMessageId);
        if (thread.Messages.FirstOrDefault(m => m.RfcMessageId == rfcMessageId) is { } existing)
        {
            return existing;
        }

        var message = new EmailMessage
        {
            ThreadId = thread.Id,
            Direction = MessageDirection.Inbound,
            RfcMessageId = rfcMessageId,
            ProviderMessageId = email.ProviderMessageId,
            InReplyTo = email.InReplyTo is null ? null : ReplyThreadLocator.Normalize(email.InReplyTo),
            From = email.From.Address,
            To = string.Join(", ", email.To.Select(a => a.Address)),
            Subject = email.Subject,
            BodyText = email.TextBody,
            OccurredAt = email.ReceivedAt,
        };
        if (await store.Threads.AppendMessageAsync(message, cancellationToken).ConfigureAwait(false))
        {
            return message;
        }

        // Another worker appended it first: use the stored copy (its id is the one decisions refer to).
        var stored = await store.Threads.FindAsync(thread.Id, cancellationToken).ConfigureAwait(false);
        return stored?.Messages.FirstOrDefault(m => m.RfcMessageId == rfcMessageId)
            ?? throw new InvalidOperationException($"Message {message.Id} was neither appended to thread {thread.Id} nor found in it.");
    }

    private async Task<bool> IsDecidedAsync(Id<EmailMessage> messageId, CancellationToken cancellationToken)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            return await store.ReplyDecisions.FindByMessageAsync(messageId, cancellationToken).ConfigureAwait(false) is not null;
        }
    }

    private DateTimeZone? Zone(string? zoneId) => string.IsNullOrWhiteSpace(zoneId) ? null : _zones.GetZoneOrNull(zoneId);

    private MessageOutcome Ignore(MailboxAccount account, InboundEmail email, string reason)
    {
        ReplyPipelineLog.Ignored(_logger, email, account.Id, reason);
        _metrics.Ignored(reason);
        return MessageOutcome.Ignored;
    }

    private MessageOutcome Already(Id<EmailMessage> messageId)
    {
        ReplyPipelineLog.AlreadyProcessed(_logger, messageId.Value);
        _metrics.AlreadyProcessed();
        return MessageOutcome.AlreadyProcessed;
    }

    private static string Limit(string text) => text.Length <= ReplyDecision.MaxTextLength ? text : text[..ReplyDecision.MaxTextLength];

    private sealed record LoadedReply(ReplyContext Reply, bool Decided, DateTimeZone HostZone)
    {
        public EmailMessage Message => Reply.Message;
    }
}
