using System.Text.Json;
using AutoMeet.Replies;
using AutoMeet.Replies.Offline;
using AutoMeet.Replies.Stripping;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AutoMeet.Benchmarks.Replies;

/// <summary>
/// The offline reply classifier and the quote stripper over every reply of the evaluation set
/// (tests/AutoMeet.Core.Tests/Replies/Evaluation/replies.jsonl; one operation = the whole set).
/// Replies per second per core = set size / mean time.
/// Results (--job short, 2-core shared VM, .NET 10, 639 replies per operation):
/// ClassifyAll 5,680 us (8.9 us per reply, about 112,000 replies/s/core; 331 KB = ~530 B per reply);
/// StripAll 692 us (1.1 us per reply; 61 KB). The short job's error margin is wide (±8.4 ms on ClassifyAll).
/// </summary>
[MemoryDiagnoser]
public class ReplyClassifierBenchmarks
{
    private readonly OfflineReplyClassifier _classifier = new();
    private ReplyInput[] _replies = [];

    /// <summary>Gets the number of replies per operation.</summary>
    public int Count => _replies.Length;

    /// <summary>Gets or sets which replies of the evaluation set run: all, the six Latin-script languages, or Japanese only.</summary>
    [Params("all", "latin", "ja")]
    public string Set { get; set; } = "all";

    [GlobalSetup]
    public void Setup()
    {
        var replies = new List<ReplyInput>();
        foreach (var line in File.ReadLines(Locate()))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var japanese = root.TryGetProperty("lang", out var lang) && lang.GetString() == "ja";
            if ((Set == "latin" && japanese) || (Set == "ja" && !japanese))
            {
                continue;
            }

            var headers = root.GetProperty("headers").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.OrdinalIgnoreCase);
            replies.Add(new ReplyInput
            {
                Subject = root.GetProperty("subject").GetString() ?? string.Empty,
                From = root.GetProperty("from").GetString() ?? string.Empty,
                Headers = headers,
                Body = root.GetProperty("body").GetString() ?? string.Empty,
                ReceivedAt = Instant.FromUtc(2026, 3, 12, 14, 0),
                ProspectZone = DateTimeZoneProviders.Tzdb[root.GetProperty("prospect_tz").GetString()!],
            });
        }

        _replies = [.. replies];
        Console.WriteLine($"// replies per operation: {_replies.Length}");
    }

    [Benchmark]
    public int ClassifyAll()
    {
        var meetings = 0;
        foreach (var reply in _replies)
        {
            meetings += _classifier.Classify(reply).MeetingIntent ? 1 : 0;
        }

        return meetings;
    }

    [Benchmark]
    public int StripAll()
    {
        var length = 0;
        foreach (var reply in _replies)
        {
            length += ReplyTextStripper.Strip(reply.Body).Length;
        }

        return length;
    }

    private static string Locate()
    {
        var relative = Path.Combine("tests", "AutoMeet.Core.Tests", "Replies", "Evaluation", "replies.jsonl");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"The reply evaluation set ({relative}) was not found above {AppContext.BaseDirectory}.");
    }
}
