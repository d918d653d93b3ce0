using Microsoft.Extensions.Logging;

namespace AutoMeet.Compliance;

/// <summary>Log messages of the compliance services (event ids 1300–1319). No addresses or tokens are logged.</summary>
internal static partial class ComplianceLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Debug, Message = "Audit sequence {Sequence} of owner {OwnerId} was taken by another writer (attempt {Attempt}); retrying.")]
    public static partial void AuditAppendConflict(ILogger logger, string ownerId, long sequence, int attempt);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Error, Message = "The audit chain of owner {OwnerId} is broken at sequence {Sequence}: {Fault}.")]
    public static partial void AuditChainBroken(ILogger logger, string ownerId, long sequence, AuditChainFault fault);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning,
        Message = "No keys are configured in AutoMeet:LinkSigning:Keys: using a random development key '{KeyId}' for this process only. Links (unsubscribe, approvals) signed now will not verify after a restart; configure a key ring in production.")]
    public static partial void UsingEphemeralLinkKey(ILogger logger, string keyId);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information, Message = "A link token was rejected: {Status}.")]
    public static partial void LinkRejected(ILogger logger, LinkVerificationStatus status);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Information, Message = "Owner {OwnerId}: an address was suppressed ({Reason}, source {Source}).")]
    public static partial void Suppressed(ILogger logger, string ownerId, SuppressionReason reason, string? source);
}
