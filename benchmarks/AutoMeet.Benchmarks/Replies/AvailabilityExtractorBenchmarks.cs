using System.Text.Json;
using AutoMeet.Replies;
using AutoMeet.Replies.Availability;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Benchmarks.Replies;

/// <summary>
/// The offline availability extractor over every phrase of the availability evaluation set
/// (tests/AutoMeet.Core.Tests/Replies/Evaluation/availability.jsonl; one operation = the whole set).
/// Phrases per second per core = set size / mean time.
/// </summary>
[MemoryDiagnoser]
public class AvailabilityExtractorBenchmarks
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");
    private readonly OfflineAvailabilityExtractor _extractor = new();
    private AvailabilityText[] _all = [];
    private AvailabilityText[] _english = [];

    [GlobalSetup]
    public void Setup()
    {
        var all = new List<AvailabilityText>();
        var english = new List<AvailabilityText>();
        foreach (var line in File.ReadLines(Locate()))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var input = new AvailabilityText
            {
                Text = root.GetProperty("text").GetString()!,
                ReceivedLocal = Local.Parse(root.GetProperty("received_local").GetString()!).GetValueOrThrow(),
                ProspectZone = DateTimeZoneProviders.Tzdb[root.GetProperty("prospect_tz").GetString()!],
                HostZone = DateTimeZoneProviders.Tzdb[root.GetProperty("host_tz").GetString()!],
            };
            all.Add(input);
            if (!root.TryGetProperty("lang", out var lang) || lang.GetString() == "en")
            {
                english.Add(input);
            }
        }

        _all = [.. all];
        _english = [.. english];
        Console.WriteLine($"// phrases per operation: all {_all.Length}, English {_english.Length}");
    }

    /// <summary>Every phrase of the set (all languages).</summary>
    [Benchmark]
    public int ExtractAll() => Run(_all);

    /// <summary>The English phrases only (comparable with figures taken before other languages were added).</summary>
    [Benchmark]
    public int ExtractEnglish() => Run(_english);

    private int Run(AvailabilityText[] inputs)
    {
        var windows = 0;
        foreach (var input in inputs)
        {
            windows += _extractor.Extract(input).Windows.Count;
        }

        return windows;
    }

    private static string Locate()
    {
        var relative = Path.Combine("tests", "AutoMeet.Core.Tests", "Replies", "Evaluation", "availability.jsonl");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"The availability evaluation set ({relative}) was not found above {AppContext.BaseDirectory}.");
    }
}
