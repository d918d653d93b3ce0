using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Scheduling.Interchange;

/// <summary>Value readers of <see cref="AvailabilityDocumentReader"/>: each failure names the field and quotes the value.</summary>
public static partial class AvailabilityDocumentReader
{
    private static readonly LocalTimePattern ShortTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern LongTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");

    private static JsonElement Required(JsonElement parent, string name, string prefix) =>
        Optional(parent, name) ?? throw new AvailabilityValidationException(prefix + name, null, "is required");

    private static JsonElement? Optional(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static void Expect(JsonElement element, JsonValueKind kind, string field)
    {
        if (element.ValueKind != kind)
        {
            throw new AvailabilityValidationException(field, element.GetRawText(), $"must be a JSON {kind.ToString().ToLowerInvariant()}");
        }
    }

    private static int ReadInt(JsonElement element, string field) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)
            ? value
            : throw new AvailabilityValidationException(field, element.GetRawText(), "must be a whole number");

    private static int? OptionalInt(JsonElement parent, string name) =>
        Optional(parent, name) is { } e ? ReadInt(e, "meeting." + name) : null;

    private static bool? OptionalBool(JsonElement parent, string name) =>
        Optional(parent, name) is { } e
            ? e.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new AvailabilityValidationException("meeting." + name, e.GetRawText(), "must be true or false"),
            }
            : null;

    private static string ReadString(JsonElement element, string field) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new AvailabilityValidationException(field, element.GetRawText(), "must be a JSON string");

    private static Instant ReadInstant(JsonElement element, string field)
    {
        var text = ReadString(element, field);
        var parsed = InstantPattern.ExtendedIso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        var withOffset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        return withOffset.Success
            ? withOffset.Value.ToInstant()
            : throw new AvailabilityValidationException(field, text, "is not an ISO 8601 instant such as 2026-10-20T13:00:00Z");
    }

    private static LocalDate ReadDate(JsonElement element, string field)
    {
        var text = ReadString(element, field);
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new AvailabilityValidationException(field, text, "is not a date such as 2026-11-03");
    }

    private static LocalTime ReadTime(JsonElement element, string field, bool allowEndOfDay)
    {
        var text = ReadString(element, field);
        if (allowEndOfDay && text is "24:00" or "24:00:00")
        {
            return LocalTime.Midnight;
        }

        var parsed = ShortTime.Parse(text);
        if (!parsed.Success)
        {
            parsed = LongTime.Parse(text);
        }

        return parsed.Success
            ? parsed.Value
            : throw new AvailabilityValidationException(field, text, allowEndOfDay ? "is not a time from 00:00 to 24:00" : "is not a time from 00:00 to 23:59");
    }

    private static DateTimeZone ReadZone(JsonElement element, string field, IDateTimeZoneProvider zones)
    {
        var id = ReadString(element, field);
        return zones.GetZoneOrNull(id) ?? throw new AvailabilityValidationException(field, id, "is not a known IANA time-zone id");
    }

    private static BusyStatus ReadStatus(JsonElement element, string field) =>
        ReadString(element, field) switch
        {
            "busy" => BusyStatus.Busy,
            "tentative" => BusyStatus.Tentative,
            "free" => BusyStatus.Free,
            "held" => BusyStatus.Held,
            var other => throw new AvailabilityValidationException(field, other, "must be busy, tentative, free or held"),
        };
}
