using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AutoMeet.Google.Push;

/// <summary>
/// A Gmail change notification delivered by a Pub/Sub push subscription: which mailbox changed and its history id then.
/// It carries no content; always read the changes from the stored history cursor.
/// </summary>
/// <param name="EmailAddress">The mailbox's address, lower case.</param>
/// <param name="HistoryId">The mailbox's history id when the notification was published.</param>
/// <param name="PubSubMessageId">Pub/Sub's id of the message, if sent (redeliveries repeat it).</param>
public sealed record GmailPushNotification(string EmailAddress, ulong HistoryId, string? PubSubMessageId)
{
    /// <summary>Reads a push request's body: <c>{"message":{"data","messageId",…},"subscription"}</c> whose <c>data</c> is base64 JSON <c>{"emailAddress","historyId"}</c>.</summary>
    /// <param name="body">The request body (UTF-8 JSON).</param>
    /// <param name="notification">The notification, when the body is one.</param>
    /// <returns><see langword="true"/> if the body is a well-formed Gmail notification.</returns>
    public static bool TryParse(ReadOnlySpan<byte> body, [NotNullWhen(true)] out GmailPushNotification? notification)
    {
        notification = null;
        try
        {
            var envelope = JsonSerializer.Deserialize(body, PushJsonContext.Default.PubSubPushEnvelope);
            if (envelope?.Message?.Data is not { Length: > 0 } data)
            {
                return false;
            }

            var payload = JsonSerializer.Deserialize(DecodeBase64(data), PushJsonContext.Default.GmailPushData);
            if (payload is not { EmailAddress: { Length: > 0 } address, HistoryId: > 0 })
            {
                return false;
            }

            notification = new GmailPushNotification(address.Trim().ToLowerInvariant(), payload.HistoryId, envelope.Message.MessageId);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return false;
        }
    }

    /// <summary>Decodes Pub/Sub's <c>data</c>: standard base64 in push requests, base64url in some samples; both are accepted.</summary>
    private static byte[] DecodeBase64(string data)
    {
        var url = data.TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return Base64Url.DecodeFromChars(url);
    }
}
