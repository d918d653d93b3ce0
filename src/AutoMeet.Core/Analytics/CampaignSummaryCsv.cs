using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace AutoMeet.Analytics;

/// <summary>
/// Writes campaign summary rows (<see cref="CampaignMetrics"/>) as CSV: RFC 4180 (comma, CRLF, quotes doubled), UTF-8
/// without a byte-order mark, one row written at a time so the file is never buffered whole. Text cells that a
/// spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) are prefixed with
/// <c>'</c>. Numbers use the invariant culture; rates are fractions with up to six decimals, empty when the denominator
/// is zero. An export without rows still has the header.
/// </summary>
public static class CampaignSummaryCsv
{
    /// <summary>Gets the header row's column names, in order.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "campaign_id", "step", "variant", "sent", "delivered", "delivered_inferred", "bounced", "opened_unreliable",
        "clicked", "replied", "positive_replies", "out_of_office_replies", "unsubscribed", "complained",
        "meetings_proposed", "meetings_booked", "meetings_held", "meetings_no_show",
        "bounce_rate_of_sent", "open_rate_of_delivered_unreliable", "click_rate_of_delivered", "reply_rate_of_delivered",
        "positive_reply_rate_of_delivered", "unsubscribe_rate_of_delivered", "meeting_booked_rate_of_delivered",
    ];

    /// <summary>Writes the header and the rows to a text writer, flushing at the end.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when the rows are written.</returns>
    public static Task WriteAsync(IEnumerable<CampaignMetrics> rows, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return WriteAsync(ToAsync(rows, cancellationToken), writer, cancellationToken);
    }

    /// <summary>Writes the header and the rows to a text writer as they arrive, flushing at the end.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when the rows are written.</returns>
    public static async Task WriteAsync(IAsyncEnumerable<CampaignMetrics> rows, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        await CsvCells.WriteRowAsync(writer, Header, cancellationToken).ConfigureAwait(false);
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            await CsvCells.WriteRowAsync(writer, Cells(row), cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the header and the rows to a stream as UTF-8 without a byte-order mark; the stream is left open.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when the rows are written.</returns>
    public static async Task WriteAsync(IEnumerable<CampaignMetrics> rows, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await WriteAsync(ToAsync(rows, cancellationToken), writer, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string[] Cells(CampaignMetrics row)
    {
        var c = row.Counts;
        return
        [
            CsvCells.Text(row.Key.CampaignId?.ToString()),
            row.Key.StepPosition is { } step ? Number(step) : string.Empty,
            CsvCells.Text(row.Key.Variant),
            Number(c.Sent), Number(c.Delivered), c.DeliveredInferred ? "true" : "false", Number(c.Bounced), Number(c.Opened),
            Number(c.Clicked), Number(c.Replied), Number(c.PositiveReplies), Number(c.OutOfOfficeReplies), Number(c.Unsubscribed), Number(c.Complained),
            Number(c.MeetingsProposed), Number(c.MeetingsBooked), Number(c.MeetingsHeld), Number(c.MeetingsNoShow),
            Fraction(row.BounceRate), Fraction(row.OpenRate), Fraction(row.ClickRate), Fraction(row.ReplyRate),
            Fraction(row.PositiveReplyRate), Fraction(row.UnsubscribeRate), Fraction(row.MeetingBookedRate),
        ];
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Fraction(Rate rate) => rate.Value is { } value ? value.ToString("0.######", CultureInfo.InvariantCulture) : string.Empty;

#pragma warning disable CS1998 // An iterator over a synchronous sequence has nothing to await.
    private static async IAsyncEnumerable<CampaignMetrics> ToAsync(IEnumerable<CampaignMetrics> rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
#pragma warning restore CS1998
    {
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }
}
