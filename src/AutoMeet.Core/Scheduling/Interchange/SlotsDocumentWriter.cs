using System.Text.Json;
using NodaTime.Text;

namespace AutoMeet.Scheduling.Interchange;

/// <summary>Writes slots as the <c>slots</c> command's output: <c>{ "count": n, "slots": [ { "start": …, "end": … } ] }</c>, UTC instants with a Z.</summary>
public static class SlotsDocumentWriter
{
    /// <summary>Writes the result as UTF-8 JSON.</summary>
    /// <param name="result">The slots.</param>
    /// <param name="utf8Output">The output.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(AvailabilityResult result, Stream utf8Output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(utf8Output);
        using var writer = new Utf8JsonWriter(utf8Output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("count", result.Slots.Count);
        writer.WriteStartArray("slots");
        foreach (var slot in result.Slots)
        {
            writer.WriteStartObject();
            writer.WriteString("start", InstantPattern.ExtendedIso.Format(slot.Start));
            writer.WriteString("end", InstantPattern.ExtendedIso.Format(slot.End));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        utf8Output.WriteByte((byte)'\n');
    }
}
