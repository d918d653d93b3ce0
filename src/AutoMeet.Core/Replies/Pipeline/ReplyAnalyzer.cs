using AutoMeet.Messaging;
using AutoMeet.Replies.Offline;
using AutoMeet.Replies.Signals;
using AutoMeet.Replies.Stripping;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace AutoMeet.Replies.Pipeline;

/// <summary>
/// Reads one reply: strips quotes and signatures, decides hard signals without any model (delivery-status reports and
/// auto-reply headers go to the deterministic offline rules, recorded as <see cref="HardSignalClassifier"/>), otherwise
/// asks the configured <see cref="IReplyClassifier"/> (falling back to the offline one if it throws), then extracts
/// offered times, a timing objection's period and a referral's address.
/// </summary>
internal sealed class ReplyAnalyzer(IReplyClassifier classifier, OfflineReplyClassifier offline, IAvailabilityExtractor extractor, ILogger logger)
{
    /// <summary>The classifier name recorded for decisions made by hard signals.</summary>
    public const string HardSignalClassifier = "hard-signal";

    public async Task<ReplyAnalysis> AnalyzeAsync(InboundEmail email, DateTimeZone prospectZone, DateTimeZone hostZone, IReadOnlyCollection<string> ownAddresses, CancellationToken cancellationToken)
    {
        var input = new ReplyInput
        {
            Subject = email.Subject,
            From = email.From.ToString(),
            Headers = email.Headers,
            Body = email.TextBody,
            ReceivedAt = email.ReceivedAt,
            ProspectZone = prospectZone,
        };
        var stripped = ReplyTextStripper.Strip(email.TextBody);
        var received = email.ReceivedAt.InZone(prospectZone).LocalDateTime;
        var classification = await ClassifyAsync(input, cancellationToken).ConfigureAwait(false);

        if (classification.Label == ReplyLabel.OutOfOffice && classification.ReturnDate is null
            && ReturnDateParser.TryParse(stripped, received.Date, UsZones.IsMonthFirst(prospectZone), out var back))
        {
            classification = classification with { ReturnDate = back };
        }

        IReadOnlyList<OfferedWindow> windows = [];
        if (classification.Label is ReplyLabel.InterestedMeeting or ReplyLabel.Reschedule or ReplyLabel.Question or ReplyLabel.InterestedInfo)
        {
            var text = new AvailabilityText { Text = email.TextBody, ReceivedLocal = received, ProspectZone = prospectZone, HostZone = hostZone };
            var extracted = await extractor.ExtractAsync(text, cancellationToken).ConfigureAwait(false);
            windows = extracted.Kind == AvailabilityKind.Windows ? extracted.Windows : [];
        }

        LocalDate? resumeOn = null;
        if (classification is { Label: ReplyLabel.Objection, Objection: ObjectionType.Timing } && TimingPeriodParser.TryParse(stripped, received.Date, out var resume))
        {
            resumeOn = resume;
        }

        var referred = classification.Label == ReplyLabel.Referral
            ? ReferralAddressFinder.Find(stripped, [email.From.Address, .. ownAddresses])
            : null;
        return new ReplyAnalysis(classification, windows, resumeOn, referred);
    }

    private async Task<ReplyClassification> ClassifyAsync(ReplyInput input, CancellationToken cancellationToken)
    {
        if (DeliveryFailureDetector.IsDeliveryFailure(input, out _) || AutoReplyDetector.HasAutoReplyHeaders(input.Headers, out _))
        {
            return offline.Classify(input) with { Classifier = HardSignalClassifier };
        }

        try
        {
            return await classifier.ClassifyAsync(input, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A classifier must not lose a reply: the offline rules are the fallback, and the decision says so.
            ReplyPipelineLog.ClassifierFailed(logger, classifier.Name, ex.GetType().Name);
            var fallback = offline.Classify(input);
            return fallback with { Classifier = $"{OfflineReplyClassifier.ClassifierName} (fallback: {ex.GetType().Name})" };
        }
    }
}
