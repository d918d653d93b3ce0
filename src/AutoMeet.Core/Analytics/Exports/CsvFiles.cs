using System.Globalization;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Analytics.Exports;

/// <summary>What the CsvHelper-based exports share: the writer options, the time format and the row loop.</summary>
internal static class CsvFiles
{
    private static readonly OffsetDateTimePattern TimePattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<Z+HH:mm>");

    // Injection is neutralised by CsvCells (the same rule as the summary export), so CsvHelper's own is off.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = false,
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Writes the header, then each row as it arrives; CsvHelper flushes its buffer to the stream as it fills.</summary>
    public static async Task WriteAsync(Stream destination, IReadOnlyList<string> header, IAsyncEnumerable<string?[]> rows, CancellationToken cancellationToken)
    {
        var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            await csv.WriteRecordAsync([.. header], cancellationToken).ConfigureAwait(false);
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await csv.WriteRecordAsync(row!, cancellationToken).ConfigureAwait(false);
            }

            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static string Time(Instant instant, DateTimeZone zone) => TimePattern.Format(instant.InZone(zone).ToOffsetDateTime());

    public static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the snake_case name of an enum value (<c>NoShow</c> → <c>no_show</c>).</summary>
    public static string SnakeCase<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
