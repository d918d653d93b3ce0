using Microsoft.Extensions.Logging;

namespace AutoMeet.Replies.Ai;

/// <summary>Log messages of the AI reply classifier and extractor (event ids 1640–1649). Never logs reply text.</summary>
internal static partial class AiReplyLog
{
    [LoggerMessage(EventId = 1640, Level = LogLevel.Warning, Message = "AI reply classification fell back to the offline classifier ({Reason}).")]
    public static partial void ClassificationFellBack(ILogger logger, string reason);

    [LoggerMessage(EventId = 1641, Level = LogLevel.Warning, Message = "AI availability extraction fell back to the offline extractor ({Reason}).")]
    public static partial void ExtractionFellBack(ILogger logger, string reason);

    [LoggerMessage(EventId = 1642, Level = LogLevel.Debug, Message = "The model was not consulted for a reply ({Reason}).")]
    public static partial void ModelSkipped(ILogger logger, string reason);

    [LoggerMessage(EventId = 1643, Level = LogLevel.Warning, Message = "The chat client failed with {ExceptionType}; the offline answer is used.")]
    public static partial void ProviderFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 1644, Level = LogLevel.Information, Message = "The AI decision's confidence was capped ({Guardrail}).")]
    public static partial void ConfidenceCapped(ILogger logger, string guardrail);
}
