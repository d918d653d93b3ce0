using System.Text;
using AutoMeet.Analytics;
using AutoMeet.Messaging;
using CsvHelper;
using static AutoMeet.Core.Tests.Analytics.AnalyticsFixtures;

namespace AutoMeet.Core.Tests.Analytics;

public sealed class CampaignSummaryCsvTests
{
    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        AllowLineBreaksInQuotes = true,
        TrimWhitespace = false,
        DetectSeparatorHint = false,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
    };

    private static CampaignMetrics Row(string? variant, long sent = 4, long replied = 1) =>
        new(new MetricsKey(CampaignA, 1, variant), new FunnelCounts { Sent = sent, Delivered = sent, DeliveredInferred = true, Replied = replied });

    private static async Task<byte[]> ExportAsync(params CampaignMetrics[] rows)
    {
        using var stream = new MemoryStream();
        await CampaignSummaryCsv.WriteAsync(rows, stream);
        return stream.ToArray();
    }

    private static List<string[]> Parse(byte[] bytes, out IReadOnlyList<string> headers)
    {
        using var reader = CsvReader.Create(bytes, ReaderOptions);
        headers = [.. reader.Headers];
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    [Fact]
    public async Task WriteAsync_NoRows_WritesHeaderOnly()
    {
        var bytes = await ExportAsync();

        Assert.Equal(string.Join(',', CampaignSummaryCsv.Header) + "\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task WriteAsync_Stream_IsUtf8WithoutBom()
    {
        var bytes = await ExportAsync(Row("Größe ✓"));

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("Größe ✓", Parse(bytes, out _)[0][2]);
    }

    [Fact]
    public async Task WriteAsync_QuotedCells_RoundTripThroughCsvHelper()
    {
        var bytes = await ExportAsync(Row("a,b"), Row("say \"hi\""), Row("two\r\nlines"), Row(null, sent: 0, replied: 0));

        var rows = Parse(bytes, out var headers);

        Assert.Equal(CampaignSummaryCsv.Header, headers);
        Assert.Equal(["a,b", "say \"hi\"", "two\r\nlines", string.Empty], rows.Select(r => r[2]));
        var rateColumn = headers.ToList().IndexOf("reply_rate_of_delivered");
        Assert.Equal("0.25", rows[0][rateColumn]);
        Assert.Equal(string.Empty, rows[3][rateColumn]);
        Assert.Equal(CampaignA.ToString(), rows[0][0]);
        Assert.Equal("1", rows[0][1]);
        Assert.Equal("true", rows[0][headers.ToList().IndexOf("delivered_inferred")]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("plain", "plain")]
    public async Task WriteAsync_FormulaLikeCells_AreNeutralised(string variant, string expected)
    {
        var rows = Parse(await ExportAsync(Row(variant)), out _);

        Assert.Equal(expected, rows[0][2]);
    }

    [Fact]
    public async Task WriteAsync_CalculatorOutput_ExportsOneRowPerGroup()
    {
        EmailEvent[] events = [Event(EmailEventKind.Sent, 0, variant: "A"), Event(EmailEventKind.Sent, 1, variant: "B"), Event(EmailEventKind.Replied, 1, "interested_meeting", variant: "B")];
        var metrics = CampaignMetricsCalculator.Calculate(events, [], MetricsGrouping.Variant);
        using var writer = new StringWriter();

        await CampaignSummaryCsv.WriteAsync(metrics, writer);

        var rows = Parse(Encoding.UTF8.GetBytes(writer.ToString()), out var headers);
        Assert.Equal(["A", "B"], rows.Select(r => r[2]));
        Assert.Equal("1", rows[1][headers.ToList().IndexOf("positive_replies")]);
    }

    [Fact]
    public async Task WriteAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var writer = new StringWriter();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CampaignSummaryCsv.WriteAsync([Row("A")], writer, cts.Token));
    }
}
