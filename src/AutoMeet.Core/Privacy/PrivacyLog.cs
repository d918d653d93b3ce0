using Microsoft.Extensions.Logging;

namespace AutoMeet.Privacy;

/// <summary>Log messages of the person-data service (event ids 1800–1809). Never logs addresses or names.</summary>
internal static partial class PrivacyLog
{
    [LoggerMessage(EventId = 1800, Level = LogLevel.Information, Message = "Owner {OwnerId}: person data exported ({Prospects} prospects, {Threads} threads, {Events} events).")]
    public static partial void Exported(ILogger logger, string ownerId, int prospects, int threads, int events);

    [LoggerMessage(EventId = 1801, Level = LogLevel.Information, Message = "Owner {OwnerId}: an export was requested for an address about which nothing is held.")]
    public static partial void ExportNotFound(ILogger logger, string ownerId);

    [LoggerMessage(EventId = 1802, Level = LogLevel.Information, Message = "Owner {OwnerId}: a person was erased ({Records} records removed); only the address hash remains in the suppression list.")]
    public static partial void Erased(ILogger logger, string ownerId, int records);

    [LoggerMessage(EventId = 1803, Level = LogLevel.Information, Message = "Owner {OwnerId}: an erasure was requested for an address that was already erased.")]
    public static partial void AlreadyErased(ILogger logger, string ownerId);

    [LoggerMessage(EventId = 1804, Level = LogLevel.Information, Message = "Owner {OwnerId}: an erasure was requested for an address about which nothing is held.")]
    public static partial void EraseNotFound(ILogger logger, string ownerId);
}
