using System.Text.Json;
using AutoMeet.Scheduling;
using AutoMeet.Scheduling.Interchange;

namespace AutoMeet.Core.Tests.Scheduling;

public sealed class BenchInputTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in BenchFiles.Inputs())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void BenchFolder_HasEveryInputWithItsExpectedSlots()
    {
        var inputs = BenchFiles.Inputs().ToList();

        Assert.True(inputs.Count >= 5, $"found only {inputs.Count} inputs in {BenchFiles.Directory}");
        Assert.All(inputs, i => Assert.True(File.Exists(BenchFiles.ExpectedFor(i)), $"no expected slots for {i}"));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void SlotsPipeline_BenchInput_ReproducesExpectedSlotsExactly(string fileName)
    {
        var input = Path.Combine(BenchFiles.Directory, fileName);
        using var expected = JsonDocument.Parse(File.ReadAllBytes(BenchFiles.ExpectedFor(input)));
        var expectedSlots = expected.RootElement.GetProperty("slotsUtc").EnumerateArray().Select(e => e.GetString()!).ToList();

        // The same path as the `slots` command: read → engine → write.
        var request = AvailabilityDocumentReader.Read(File.ReadAllBytes(input));
        var result = new AvailabilityEngine().GetSlots(request);
        using var output = new MemoryStream();
        SlotsDocumentWriter.Write(result, output);

        using var written = JsonDocument.Parse(output.ToArray());
        var slots = written.RootElement.GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(expected.RootElement.GetProperty("count").GetInt32(), written.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(expectedSlots, slots.Select(s => s.GetProperty("start").GetString()!));
        var duration = request.Meeting.Duration;
        Assert.All(result.Slots, s => Assert.Equal(duration, s.End - s.Start));
        Assert.Equal(NodaTime.DateTimeZoneProviders.Tzdb.VersionId, result.TzdbVersion);
    }
}
