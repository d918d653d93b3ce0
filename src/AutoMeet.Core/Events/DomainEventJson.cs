using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime.Text;

namespace AutoMeet.Events;

/// <summary>
/// Writes a domain event as the JSON object that webhooks POST and the Server-Sent Events stream sends:
/// <c>{"id":"42","position":42,"type":"meeting.booked","occurredAt":"…Z","ownerId":"…","campaignId":…,"prospectId":…,"entityType":"Meeting","entityId":"…","data":{…}}</c>.
/// </summary>
public static class DomainEventJson
{
    /// <summary>Serializes an event to UTF-8 JSON.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>The JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is <see langword="null"/>.</exception>
    public static byte[] ToUtf8Bytes(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", domainEvent.Position.ToString(CultureInfo.InvariantCulture));
            writer.WriteNumber("position", domainEvent.Position);
            writer.WriteString("type", domainEvent.Type);
            writer.WriteString("occurredAt", InstantPattern.ExtendedIso.Format(domainEvent.OccurredAt));
            writer.WriteString("ownerId", domainEvent.OwnerId.Value);
            WriteOptional(writer, "campaignId", domainEvent.CampaignId?.ToString());
            WriteOptional(writer, "prospectId", domainEvent.ProspectId?.ToString());
            writer.WriteString("entityType", domainEvent.EntityType);
            writer.WriteString("entityId", domainEvent.EntityId);
            writer.WritePropertyName("data");
            if (string.IsNullOrWhiteSpace(domainEvent.Payload))
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteRawValue(domainEvent.Payload);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Serializes an event to a JSON string (one line).</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is <see langword="null"/>.</exception>
    public static string ToJson(DomainEvent domainEvent) => Encoding.UTF8.GetString(ToUtf8Bytes(domainEvent));

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
