// Results (BenchmarkDotNet 0.15.8, .NET 10.0.12, 2-core Xeon, default job, InProcessEmitToolchain; the machine was
// shared with concurrent builds, load average ~6, so these are upper bounds):
// | Input           | Mean      | Median    | Allocated | Cal.com (median) | Ratio |
// |---------------- |----------:|----------:|----------:|-----------------:|------:|
// | n0000           |  11.16 us |  10.33 us |   28000 B |          16.2 ms | 1450x |
// | n0050           |  15.98 us |  16.51 us |   25920 B |          15.8 ms |  990x |
// | n0500           |  17.15 us |  16.38 us |    7200 B |          12.2 ms |  710x |
// | n5000           | 107.66 us | 101.92 us |      96 B |          69.9 ms |  650x |
// | realistic-n0100 |  10.73 us |   9.72 us |   13120 B |                – |     – |
// | collective-5    |  28.01 us |  26.37 us |    3880 B |                – |     – |
// Allocation is the result only (697 slots × 40 B for n0000); scratch memory is pooled.
using AutoMeet.Campaigns;
using AutoMeet.Scheduling;
using AutoMeet.Scheduling.Interchange;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AutoMeet.Benchmarks.Scheduling;

/// <summary>
/// The availability core on every bench input (parsing in setup, excluded), and five participants collective
/// (the realistic input's host plus four colleagues in other zones, each with ~100 busy intervals).
/// Results: see the project README (Cal.com per call: n0000 16.2 ms, n0050 15.8 ms, n0500 12.2 ms, n5000 69.9 ms).
/// </summary>
[MemoryDiagnoser]
public class AvailabilityBenchmarks
{
    private readonly AvailabilityEngine _engine = new();
    private AvailabilityRequest _request = null!;

    /// <summary>Gets or sets the input: a bench file name, or <c>collective-5</c>.</summary>
    [Params("n0000", "n0050", "n0500", "n5000", "realistic-n0100", "collective-5")]
    public string Input { get; set; } = "n0000";

    [GlobalSetup]
    public void Setup()
    {
        var file = Input == "collective-5" ? "realistic-n0100" : Input;
        _request = AvailabilityDocumentReader.Read(File.ReadAllBytes(BenchInputs.Path($"availability-{file}.json")));
        if (Input == "collective-5")
        {
            _request = WithColleagues(_request);
        }
    }

    [Benchmark]
    public int GetSlots() => _engine.GetSlots(_request).Slots.Count;

    private static AvailabilityRequest WithColleagues(AvailabilityRequest request)
    {
        string[] zones = ["America/Chicago", "Europe/London", "America/New_York", "America/Toronto"];
        var host = request.Participants[0];
        var random = new Random(20261020);
        var participants = new List<ParticipantAvailability> { host };
        foreach (var id in zones)
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            var schedule = new WorkingSchedule(zone, [RecurringHours.Weekly(SendingDays.Weekdays, new WorkingRange(new LocalTime(8, 0), new LocalTime(18, 0)))], fieldPrefix: $"participants[{participants.Count}].host.");
            var busy = new BusyTime[100];
            for (var i = 0; i < busy.Length; i++)
            {
                var start = request.Window.Start + Duration.FromMinutes(random.Next(0, 31 * 24 * 4) * 15);
                busy[i] = new BusyTime(start, start + Duration.FromMinutes(15 * random.Next(1, 7)));
            }

            participants.Add(new ParticipantAvailability(schedule, busy));
        }

        return request with { Participants = participants };
    }
}
