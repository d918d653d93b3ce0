using System.Globalization;
using System.Text.Json;
using AutoMeet.Storage;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>
/// Represents one queued scheduler e-mail: which meeting, which e-mail, and a reference (the held start, or the
/// approval links' expiry, in Unix seconds) that makes it unique and lets the sender skip it once it is stale.
/// Queued in the same transaction as the change that calls for it; sent exactly once by <see cref="MeetingMailer"/>.
/// </summary>
internal sealed record MeetingEmailRequest(Guid MeetingId, MeetingEmailKind Kind, long Reference)
{
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{MeetingId:N}:{Kind}:{Reference}");

    public static Task<bool> EnqueueAsync(IAutoMeetStore store, Id<Meeting> meetingId, MeetingEmailKind kind, Instant reference, Instant now, CancellationToken cancellationToken) =>
        EnqueueReferenceAsync(store, meetingId, kind, reference.ToUnixTimeSeconds(), now, cancellationToken);

    /// <summary>Queues an e-mail whose reference is not an instant (a reminder packs its start and offset into it).</summary>
    public static Task<bool> EnqueueReferenceAsync(IAutoMeetStore store, Id<Meeting> meetingId, MeetingEmailKind kind, long reference, Instant now, CancellationToken cancellationToken)
    {
        var request = new MeetingEmailRequest(meetingId.Value, kind, reference);
        var payload = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["meetingId"] = request.MeetingId.ToString("D"),
            ["kind"] = request.Kind.ToString(),
            ["ref"] = request.Reference.ToString(CultureInfo.InvariantCulture),
        });
        return store.WorkQueue.EnqueueAsync(new WorkItem { Kind = MeetingWork.Email, Key = request.Key, Payload = payload, DueAt = now }, cancellationToken);
    }

    /// <exception cref="FormatException">The payload is not a scheduler e-mail request.</exception>
    public static MeetingEmailRequest Parse(string? payload)
    {
        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, string>>(payload ?? string.Empty)
                ?? throw new FormatException("The meeting e-mail payload is empty.");
            return new MeetingEmailRequest(
                Guid.Parse(values["meetingId"], CultureInfo.InvariantCulture),
                Enum.Parse<MeetingEmailKind>(values["kind"]),
                long.Parse(values["ref"], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or ArgumentException or OverflowException)
        {
            throw new FormatException("The meeting e-mail payload is not valid.", ex);
        }
    }
}
