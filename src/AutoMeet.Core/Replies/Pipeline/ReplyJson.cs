using System.Text;
using System.Text.Json;
using AutoMeet.Accounts;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Replies.Pipeline;

/// <summary>The small JSON documents the pipeline stores: offered windows, the meeting-proposal payload, notification payloads.</summary>
internal static class ReplyJson
{
    /// <summary>The offered windows as an array of <c>{"start","end"}</c> ISO instants; <see langword="null"/> when there are none.</summary>
    public static string? Windows(IReadOnlyList<OfferedWindow> windows, IDateTimeZoneProvider zones, DateTimeZone fallback)
    {
        if (windows.Count == 0)
        {
            return null;
        }

        return Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var window in windows)
            {
                var zone = zones.GetZoneOrNull(window.ZoneId) ?? fallback;
                writer.WriteStartObject();
                writer.WriteString("start", InstantPattern.ExtendedIso.Format(window.Start.InZoneLeniently(zone).ToInstant()));
                writer.WriteString("end", InstantPattern.ExtendedIso.Format(window.End.InZoneLeniently(zone).ToInstant()));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    /// <summary>The <see cref="ReplyWork.MeetingPropose"/> payload (camelCase <see cref="MeetingProposalRequest"/>).</summary>
    public static string Proposal(MeetingProposalRequest request) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("decisionId", request.DecisionId);
        writer.WriteString("messageId", request.MessageId);
        writer.WriteString("threadId", request.ThreadId);
        writer.WriteString("prospectId", request.ProspectId);
        WriteNullable(writer, "campaignId", request.CampaignId);
        WriteNullable(writer, "enrollmentId", request.EnrollmentId);
        writer.WriteEndObject();
    });

    /// <summary>A flat object of string properties (null values are written as JSON null).</summary>
    public static string Flat(params (string Name, string? Value)[] properties) => Write(writer =>
    {
        writer.WriteStartObject();
        foreach (var (name, value) in properties)
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
    });

    /// <summary>Reads a <see cref="ReplyWork.MeetingPropose"/> payload back.</summary>
    public static MeetingProposalRequest ReadProposal(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new MeetingProposalRequest(
            root.GetProperty("decisionId").GetGuid(),
            root.GetProperty("messageId").GetGuid(),
            root.GetProperty("threadId").GetGuid(),
            root.GetProperty("prospectId").GetGuid(),
            root.GetProperty("campaignId").ValueKind == JsonValueKind.Null ? null : root.GetProperty("campaignId").GetGuid(),
            root.GetProperty("enrollmentId").ValueKind == JsonValueKind.Null ? null : root.GetProperty("enrollmentId").GetGuid());
    }

    /// <summary>The account's addresses that are "us" (never a prospect's words, never a referral).</summary>
    public static IReadOnlyCollection<string> OwnAddresses(MailboxAccount account) => [account.EmailAddress];

    private static void WriteNullable(Utf8JsonWriter writer, string name, Guid? value)
    {
        if (value is { } guid)
        {
            writer.WriteString(name, guid);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
