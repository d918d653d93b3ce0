using AutoMeet.Replies.Offline;
using AutoMeet.Replies.Stripping;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Replies.Ai;

/// <summary>
/// An <see cref="IReplyClassifier"/> that asks a model (any <see cref="IChatClient"/>) for a structured answer and keeps the
/// offline classifier as the authority on hard signals and as the fallback.
/// </summary>
/// <remarks>
/// <para>Order: the offline classifier runs first. Hard signals (bounce, auto-reply headers, removal request, calendar
/// notice) are final and the model is not consulted; neither is it for a reply with no new text or one that looks like
/// a prompt injection (then the offline decision stands with its confidence capped at
/// <see cref="AiReplyOptions.DisagreementConfidenceCap"/>).</para>
/// <para>The model gets the subject, the reply's new text and the quoted thread as delimited data blocks (a random
/// boundary per request) and must answer JSON matching a schema. The answer is parsed strictly; an invalid answer, an
/// unknown or forbidden category, an inconsistent objection type, numbers out of range, a timeout or a provider error
/// make the offline decision stand, with an <see cref="AiFallbackReasons"/> value first in its reasons.</para>
/// <para>A valid answer's confidence is capped at <see cref="AiReplyOptions.MaxConfidence"/>, and at
/// <see cref="AiReplyOptions.DisagreementConfidenceCap"/> when the offline classifier disagrees with at least
/// <see cref="AiReplyOptions.StrongOfflineConfidence"/>. The decision carries only validated enum values and numbers
/// from the model, never its text. Thread-safe.</para>
/// </remarks>
public sealed class AiReplyClassifier : IReplyClassifier
{
    /// <summary>The name recorded with decisions the model made.</summary>
    public const string ClassifierName = "ai";

    private readonly IChatClient _chatClient;
    private readonly OfflineReplyClassifier _offline;
    private readonly AiReplyOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="AiReplyClassifier"/> class.</summary>
    /// <param name="chatClient">The model.</param>
    /// <param name="offline">The offline classifier: authority on hard signals, and the fallback.</param>
    /// <param name="options">The options.</param>
    /// <param name="timeProvider">Measures the timeout.</param>
    /// <param name="logger">The logger, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    public AiReplyClassifier(
        IChatClient chatClient, OfflineReplyClassifier offline, IOptions<AiReplyOptions> options, TimeProvider timeProvider, ILogger<AiReplyClassifier>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        ArgumentNullException.ThrowIfNull(offline);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _chatClient = chatClient;
        _offline = offline;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public string Name => ClassifierName;

    /// <inheritdoc />
    public async ValueTask<ReplyClassification> ClassifyAsync(ReplyInput reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        cancellationToken.ThrowIfCancellationRequested();
        var offline = _offline.Classify(reply);
        if (HardSignals.Decide(reply, offline))
        {
            AiReplyLog.ModelSkipped(_logger, AiFallbackReasons.HardSignal);
            return WithReasons(offline, AiFallbackReasons.HardSignal);
        }

        var newText = ReplyTextStripper.Strip(reply.Body);
        if (newText.Length == 0)
        {
            AiReplyLog.ModelSkipped(_logger, AiFallbackReasons.NoText);
            return WithReasons(offline, AiFallbackReasons.NoText);
        }

        if (InjectionDetector.LooksLikeInjection(newText) || InjectionDetector.LooksLikeInjection(reply.Subject))
        {
            AiReplyLog.ClassificationFellBack(_logger, AiFallbackReasons.InjectionSuspected);
            var capped = offline with { Confidence = Math.Min(offline.Confidence, _options.DisagreementConfidenceCap) };
            return WithReasons(capped, AiFallbackReasons.InjectionSuspected, AiGuardrails.ConfidenceCapped);
        }

        var messages = AiClassificationPrompt.Build(reply, newText, ThreadContext(reply.Body, newText), _options);
        var chatOptions = new ChatOptions
        {
            ModelId = string.IsNullOrWhiteSpace(_options.ModelId) ? null : _options.ModelId,
            Temperature = 0,
            MaxOutputTokens = 256,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(AiSchemas.Classification, AiSchemas.ClassificationName, "The category of one reply."),
        };
        var outcome = await AiChatCall.GetAsync(_chatClient, messages, chatOptions, _options.Timeout, _time, cancellationToken).ConfigureAwait(false);
        if (outcome.Text is null)
        {
            if (outcome.ExceptionType is not null)
            {
                AiReplyLog.ProviderFailed(_logger, outcome.ExceptionType);
            }

            return FallBack(offline, outcome.FailureReason!);
        }

        if (!AiClassificationParser.TryParse(outcome.Text, out var verdict, out var failure))
        {
            return FallBack(offline, failure);
        }

        var decision = AiGuardrails.Apply(verdict, offline, _options, out var guardrails);
        if (decision.Confidence < _options.MinConfidence)
        {
            return FallBack(offline, AiFallbackReasons.LowConfidence);
        }

        foreach (var guardrail in guardrails)
        {
            AiReplyLog.ConfidenceCapped(_logger, guardrail);
        }

        return AiGuardrails.ToClassification(decision, reply, newText, offline, guardrails);
    }

    private ReplyClassification FallBack(ReplyClassification offline, string reason)
    {
        AiReplyLog.ClassificationFellBack(_logger, reason);
        return WithReasons(offline, reason);
    }

    private static ReplyClassification WithReasons(ReplyClassification offline, params string[] first) =>
        offline with { Reasons = [.. first, .. offline.Reasons] };

    // The quoted earlier messages (and signature) under the new text: context for the model, never decisive.
    private static string ThreadContext(string body, string newText)
    {
        var index = body.IndexOf(newText, StringComparison.Ordinal);
        return index < 0 ? string.Empty : body[(index + newText.Length)..].Trim();
    }
}
