using Microsoft.Extensions.Logging;

namespace AutoMeet.Security;

/// <summary>Log messages of secret protection (event ids 1100–1109).</summary>
internal static partial class SecretProtectionLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning,
        Message = "No keys are configured in AutoMeet:SecretProtection:Keys: using a random development key '{KeyId}' for this process only. Stored secrets (OAuth tokens) will not survive a restart; configure a key ring in production.")]
    public static partial void UsingEphemeralKey(ILogger logger, string keyId);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning,
        Message = "A secret for purpose '{Purpose}' could not be decrypted: {Reason}.")]
    public static partial void UnprotectFailed(ILogger logger, string purpose, string reason);
}
