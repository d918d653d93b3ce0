// Results (BenchmarkDotNet 0.15.8, .NET 10, 2-core shared machine busy with other builds, --job short --inProcess; upper bounds).
// The 10,000-row list has blocks of ~180 people per company and one 1,000-person block (free-mail users whose company
// field names the provider), about 1.3 million candidate pairs.
// | Method         | Prospects | Mean        | Allocated |
// |--------------- |---------- |------------:|----------:|
// | FindDuplicates | 1000      |  ~50-195 ms |   3.97 MB |
// | FindDuplicates | 10000     |  1,058.6 ms |  86.55 MB |
using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Duplicates;
using AutoMeet.Prospects;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Benchmarks.Enrichment;

/// <summary>
/// Finds duplicates in an owner's list: addresses spread over 50 company domains plus free mail, with 5% of the rows
/// near-duplicates (Gmail dots, +tags, name typos). Name comparisons only run inside company blocks.
/// </summary>
[MemoryDiagnoser]
public class DuplicateDetectorBenchmarks
{
    private static readonly string[] FirstNames = ["Jane", "John", "Maria", "Wei", "Ahmed", "Olga", "Pierre", "Aiko", "Lucas", "Fatima"];
    private static readonly string[] LastNames = ["Doe", "Smith", "Müller", "Zhang", "Khan", "Ivanova", "Martin", "Sato", "Silva", "Haddad"];
    private DuplicateDetector _detector = null!;
    private List<Prospect> _prospects = null!;

    [Params(1_000, 10_000)]
    public int Prospects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var companies = new CompanyEnricher([], SystemClockForBenchmarks.Instance, Options.Create(new CompanyEnrichmentOptions()));
        _detector = new DuplicateDetector(Options.Create(new DuplicateDetectionOptions()), companies);
        var random = new Random(42);
        _prospects = [.. Enumerable.Range(0, Prospects).Select(i =>
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var company = i % 10 == 0 ? "gmail.com" : $"company{random.Next(50)}.com";
            var near = random.NextDouble() < 0.05;
            return new Prospect
            {
                Email = near ? $"{first}.{last}+x{i}@{company}" : $"{first}{last}{i}@{company}",
                FirstName = near ? first + "e" : first,
                LastName = last,
                Company = company.Replace(".com", " Inc", StringComparison.Ordinal),
                CreatedAt = Instant.FromUnixTimeSeconds(i),
            };
        })];
    }

    [Benchmark]
    public int FindDuplicates() => _detector.FindDuplicates(_prospects).Count;

    /// <summary>A fixed clock: the detector does not read time, the company cache merely needs one.</summary>
    private sealed class SystemClockForBenchmarks : IClock
    {
        public static readonly SystemClockForBenchmarks Instance = new();

        public Instant GetCurrentInstant() => Instant.FromUtc(2026, 1, 1, 0, 0);
    }
}
