using System.Text.Json;
using AutoMeet.Calendars;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Storage.EFCore.Model.Conversions;

/// <summary>Stores an account's calendar push channels as a JSON array (instants as ISO-8601 text, full precision).</summary>
internal static class CalendarChannelColumns
{
    public static ValueConverter<IList<CalendarPushChannel>, string> Converter { get; } = new(
        value => Serialize(value),
        json => Deserialize(json));

    public static ValueComparer<IList<CalendarPushChannel>> Comparer { get; } = new(
        (left, right) => ReferenceEquals(left, right) || (left != null && right != null && left.SequenceEqual(right)),
        value => value.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        value => value.ToList());

    private static string Serialize(IList<CalendarPushChannel> value) =>
        JsonSerializer.Serialize(value.Select(c => new Row(c.CalendarId, c.ChannelId, c.ResourceId, InstantPattern.ExtendedIso.Format(c.ExpiresAt))).ToList(), JsonSerializerOptions.Web);

    private static List<CalendarPushChannel> Deserialize(string json) => string.IsNullOrWhiteSpace(json)
        ? []
        : (JsonSerializer.Deserialize<List<Row>>(json, JsonSerializerOptions.Web) ?? [])
            .Select(r => new CalendarPushChannel(r.CalendarId, r.ChannelId, r.ResourceId, InstantPattern.ExtendedIso.Parse(r.ExpiresAt).GetValueOrThrow()))
            .ToList();

    private sealed record Row(string CalendarId, string ChannelId, string ResourceId, string ExpiresAt);
}
