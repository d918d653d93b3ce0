using AutoMeet.Replies.Signals;
using AutoMeet.Replies.Stripping;
using NodaTime;

namespace AutoMeet.Replies.Offline;

/// <summary>
/// The deterministic, model-free <see cref="IReplyClassifier"/>: strips quotes and signatures, decides hard signals
/// (bounces, auto-replies, removal requests) first, then scores multilingual lexicon features (English, German, French,
/// Spanish, Portuguese, Dutch, Japanese) with negation handling and applies the category precedence of the reply-labels reference.
/// </summary>
/// <remarks>Stateless and thread-safe; the default classifier and the fallback of AI classifiers.</remarks>
public sealed partial class OfflineReplyClassifier : IReplyClassifier
{
    /// <summary>The name recorded with each decision.</summary>
    public const string ClassifierName = "offline";

    /// <summary>The reason recorded when instructions addressed to the system were found and ignored.</summary>
    public const string InstructionGuardReason = "guardrail:instruction-to-system";

    private const double InstructionConfidenceFactor = 0.5;

    private readonly Lexicon _lexicon = Lexicon.Default;

    /// <inheritdoc />
    public string Name => ClassifierName;

    /// <inheritdoc />
    public ValueTask<ReplyClassification> ClassifyAsync(ReplyInput reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Classify(reply));
    }

    /// <summary>Classifies one reply synchronously (the work is CPU-only and takes microseconds).</summary>
    /// <param name="reply">The reply.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reply"/> is <see langword="null"/>.</exception>
    public ReplyClassification Classify(ReplyInput reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (DeliveryFailureDetector.IsDeliveryFailure(reply, out var bounceReason))
        {
            return Result(ReplyLabel.Bounce, null, DecisionPath.Bounce, competing: false, sentiment: 0, [bounceReason]);
        }

        var text = ReplyTextStripper.Strip(reply.Body);
        Span<float> scores = stackalloc float[(int)Signal.Count];
        Span<int> lastEnd = stackalloc int[(int)Signal.Count];
        Span<char> folded = stackalloc char[FeatureExtractor.MaxChars];
        Span<Token> tokens = stackalloc Token[FeatureExtractor.MaxTokens];
        var features = new ReplyFeatures { Scores = scores, LastEnd = lastEnd };
        FeatureExtractor.Extract(_lexicon, text, folded, tokens, ref features);

        var autoReply = AutoReplyDetector.HasAutoReplyHeaders(reply.Headers, out var autoReason);
        var decision = Decide(ref features, reply.Subject, autoReply);
        if (decision.Path is DecisionPath.Fallback or DecisionPath.Question or DecisionPath.MeetingWeak or DecisionPath.ObjectionMixed
            || (decision.Path == DecisionPath.MeetingStrong && decision.Competing))
        {
            decision = Backstop(decision, folded[..Math.Min(text.Length, FeatureExtractor.MaxChars)], tokens[..features.TokenCount]);
        }

        var sentiment = SentimentScorer.Score(ref features, decision.Label);
        var reasons = decision.Reasons;
        if (autoReply)
        {
            reasons = [autoReason, .. reasons];
        }

        if (features.InstructionToSystem)
        {
            reasons = [.. reasons, InstructionGuardReason];
        }

        var result = Result(decision.Label, decision.Objection, decision.Path, decision.Competing, sentiment, reasons);
        if (features.InstructionToSystem)
        {
            // Instructions to the system are not the prospect's intent: their words were removed, and what remains is
            // trusted less (it was written by someone trying to steer the classifier).
            result = result with { Confidence = Math.Round(result.Confidence * InstructionConfidenceFactor, 3) };
        }
        if (decision.Label == ReplyLabel.OutOfOffice)
        {
            var zone = reply.ProspectZone ?? DateTimeZone.Utc;
            var received = reply.ReceivedAt.InZone(zone).Date;
            if (ReturnDateParser.TryParse(text, received, UsZones.IsMonthFirst(zone), out var returnDate))
            {
                result = result with { ReturnDate = returnDate };
            }
        }

        return result;
    }

    // The rules found nothing decisive, or only weak or competing evidence: let the word model decide when it is sure
    // enough; the weaker the rule's evidence, the less sure the model has to be.
    private static Decision Backstop(Decision decision, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens)
    {
        var model = NaiveBayesBackstop.Default;
        var (best, posterior) = model.Predict(folded, tokens);
        var label = model.Labels[best];
        var threshold = decision.Path switch
        {
            DecisionPath.Fallback => 0.4,
            DecisionPath.ObjectionMixed => 0.6,
            DecisionPath.Question => 0.75,
            _ => 0.9,
        };
        // A removal request is final (no AI classifier may override it), so it must rest on explicit words, never on the model.
        if (posterior < threshold || label == decision.Label || label == ReplyLabel.Unsubscribe)
        {
            return decision;
        }

        return new Decision(label, model.Objections[best], DecisionPath.NaiveBayes, false, ["model:word-bayes"]);
    }

    private static ReplyClassification Result(ReplyLabel label, ObjectionType? objection, DecisionPath path, bool competing, double sentiment, string[] reasons)
    {
        var confidence = ConfidenceTable.For(path) * (competing ? ConfidenceTable.CompetingFactor : 1.0);
        return new ReplyClassification
        {
            Label = label,
            Objection = label == ReplyLabel.Objection ? objection : null,
            MeetingIntent = label is ReplyLabel.InterestedMeeting or ReplyLabel.Reschedule,
            Sentiment = Math.Clamp(sentiment, -1, 1),
            Confidence = Math.Round(confidence, 3),
            Classifier = ClassifierName,
            Reasons = reasons,
        };
    }
}
