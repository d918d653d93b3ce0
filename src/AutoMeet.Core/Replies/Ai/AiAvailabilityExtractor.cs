using AutoMeet.Replies.Availability;
using AutoMeet.Replies.Stripping;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Replies.Ai;

/// <summary>
/// An <see cref="IAvailabilityExtractor"/> that asks a model (any <see cref="IChatClient"/>) for the offered windows as
/// JSON matching a schema, validates every window against the text, the offline extractor and plausibility bounds
/// (see <see cref="AiReplyOptions"/>), and otherwise answers with the offline extractor.
/// </summary>
/// <remarks>
/// <para>The offline extractor runs first. The model is not consulted for empty text or text that looks like a prompt
/// injection. An invalid answer, a timeout or a provider error, or any window that fails validation (wrong zone, start
/// not before end, implausible length, outside the horizon, not backed by the text or the offline reading, outside
/// plausible hours without offline support) makes the offline answer stand; a valid <c>none</c> or <c>ambiguous</c>
/// answer is kept, as it offers nothing to book.</para>
/// <para><see cref="Extract(AvailabilityText)"/> blocks for up to <see cref="AiReplyOptions.Timeout"/>; callers that can
/// await should use <see cref="ExtractAsync(AvailabilityText, CancellationToken)"/>. Thread-safe.</para>
/// </remarks>
public sealed class AiAvailabilityExtractor : IAvailabilityExtractor
{
    private readonly IChatClient _chatClient;
    private readonly OfflineAvailabilityExtractor _offline;
    private readonly AiReplyOptions _options;
    private readonly TimeProvider _time;
    private readonly IDateTimeZoneProvider _zones;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="AiAvailabilityExtractor"/> class.</summary>
    /// <param name="chatClient">The model.</param>
    /// <param name="offline">The offline extractor: evidence for the model's windows, and the fallback.</param>
    /// <param name="options">The options.</param>
    /// <param name="timeProvider">Measures the timeout.</param>
    /// <param name="zones">The zone provider that resolves the model's zone ids (tzdb).</param>
    /// <param name="logger">The logger, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    public AiAvailabilityExtractor(
        IChatClient chatClient, OfflineAvailabilityExtractor offline, IOptions<AiReplyOptions> options, TimeProvider timeProvider,
        IDateTimeZoneProvider zones, ILogger<AiAvailabilityExtractor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        ArgumentNullException.ThrowIfNull(offline);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(zones);
        _chatClient = chatClient;
        _offline = offline;
        _options = options.Value;
        _time = timeProvider;
        _zones = zones;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The synchronous path never calls the model (it would block a thread on I/O): it returns the offline
    /// extractor's answer. Callers that want the model's reading use <see cref="ExtractAsync"/>, as the reply
    /// pipeline does.
    /// </remarks>
    public ExtractedAvailability Extract(AvailabilityText input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _offline.Extract(input);
    }

    /// <inheritdoc />
    public async ValueTask<ExtractedAvailability> ExtractAsync(AvailabilityText input, CancellationToken cancellationToken = default) =>
        (await ExtractWithReasonAsync(input, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>Extracts, and says why the offline answer was used (<see langword="null"/> when the model's answer was kept).</summary>
    internal async ValueTask<(ExtractedAvailability Result, string? FallbackReason)> ExtractWithReasonAsync(AvailabilityText input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        cancellationToken.ThrowIfCancellationRequested();
        var offline = _offline.Extract(input);
        var text = ReplyTextStripper.Strip(input.Text);
        if (text.Length == 0)
        {
            return (offline, AiFallbackReasons.NoText);
        }

        if (InjectionDetector.LooksLikeInjection(text))
        {
            return FallBack(offline, AiFallbackReasons.InjectionSuspected);
        }

        var chatOptions = new ChatOptions
        {
            ModelId = string.IsNullOrWhiteSpace(_options.ModelId) ? null : _options.ModelId,
            Temperature = 0,
            MaxOutputTokens = 2048,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(AiSchemas.Availability, AiSchemas.AvailabilityName, "The time windows a reply offers."),
        };
        var messages = AiAvailabilityPrompt.Build(input, text, _options);
        var outcome = await AiChatCall.GetAsync(_chatClient, messages, chatOptions, _options.Timeout, _time, cancellationToken).ConfigureAwait(false);
        if (outcome.Text is null)
        {
            if (outcome.ExceptionType is not null)
            {
                AiReplyLog.ProviderFailed(_logger, outcome.ExceptionType);
            }

            return FallBack(offline, outcome.FailureReason!);
        }

        if (!AiAvailabilityParser.TryParse(outcome.Text, out var payload, out var kind, out var failure))
        {
            return FallBack(offline, failure);
        }

        if (kind != AvailabilityKind.Windows)
        {
            return (kind == AvailabilityKind.None ? ExtractedAvailability.Nothing : ExtractedAvailability.Unresolvable, null);
        }

        return AiWindowValidator.TryValidate(payload, input, text, offline, _options, _zones, out var result)
            ? (result, null)
            : FallBack(offline, AiFallbackReasons.InvalidWindows);
    }

    private (ExtractedAvailability, string?) FallBack(ExtractedAvailability offline, string reason)
    {
        AiReplyLog.ExtractionFellBack(_logger, reason);
        return (offline, reason);
    }
}
