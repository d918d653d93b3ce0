using Microsoft.Extensions.Logging;

namespace AutoMeet.Webhooks;

/// <summary>Log messages of the outgoing webhooks (event ids 1950–1959). URLs, secrets and bodies are never logged.</summary>
internal static partial class WebhooksLog
{
    [LoggerMessage(EventId = 1950, Level = LogLevel.Debug, Message = "Webhook {Subscription} delivered event {Position} ({EventType}) on attempt {Attempt}.")]
    public static partial void Delivered(ILogger logger, string subscription, long position, string eventType, int attempt);

    [LoggerMessage(EventId = 1951, Level = LogLevel.Warning, Message = "Webhook {Subscription} failed to deliver event {Position} on attempt {Attempt} ({Error}); next attempt in {Delay}.")]
    public static partial void Failed(ILogger logger, string subscription, long position, int attempt, string error, TimeSpan delay);

    [LoggerMessage(EventId = 1952, Level = LogLevel.Error, Message = "Webhook {Subscription} gave up event {Position} after {Attempt} attempts ({Error}); it is dead-lettered in the delivery log.")]
    public static partial void DeadLettered(ILogger logger, string subscription, long position, int attempt, string error);

    [LoggerMessage(EventId = 1953, Level = LogLevel.Debug, Message = "Webhook {Subscription} is held by another worker or lost its cursor to one; skipped this run.")]
    public static partial void Skipped(ILogger logger, string subscription);

    [LoggerMessage(EventId = 1954, Level = LogLevel.Error, Message = "Webhook {Subscription} has a protected secret that cannot be unprotected; nothing is delivered until it is fixed.")]
    public static partial void SecretUnavailable(ILogger logger, string subscription, Exception exception);
}
