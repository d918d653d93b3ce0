using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace AutoMeet.Cli.Tests;

public sealed class SlotsCommandTests
{
    private static string BenchFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var folder in new[] { Path.Combine(dir.FullName, "shared", "bench", "availability"), Path.Combine(dir.FullName, "..", "shared", "bench", "availability") })
            {
                if (File.Exists(Path.Combine(folder, name)))
                {
                    return Path.GetFullPath(Path.Combine(folder, name));
                }
            }
        }

        throw new FileNotFoundException($"{name} was not found in shared/bench/availability beside any parent of {AppContext.BaseDirectory}; the shared folder must sit beside the repository root.");
    }

    private static List<string> ExpectedStarts(string name)
    {
        using var expected = JsonDocument.Parse(File.ReadAllBytes(BenchFile("expected-slots-" + name + ".json")));
        return [.. expected.RootElement.GetProperty("slotsUtc").EnumerateArray().Select(e => e.GetString()!)];
    }

    private static List<string> Starts(byte[] output)
    {
        using var doc = JsonDocument.Parse(output);
        var slots = doc.RootElement.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("start").GetString()!).ToList();
        Assert.Equal(slots.Count, doc.RootElement.GetProperty("count").GetInt32());
        return slots;
    }

    [Fact]
    public void Run_SlotsOnBenchInput_WritesTheExpectedSlots()
    {
        using var input = File.OpenRead(BenchFile("availability-n0050.json"));
        using var output = new MemoryStream();
        using var error = new StringWriter();

        var code = CliApp.Run(["slots"], input, output, error);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error.ToString());
        Assert.Equal(ExpectedStarts("n0050"), Starts(output.ToArray()));
    }

    [Fact]
    public void Run_InvalidInput_ExitsNonZeroWithOneLineNamingTheField()
    {
        var json = File.ReadAllText(BenchFile("availability-n0000.json")).Replace("America/New_York", "America/Gotham", StringComparison.Ordinal);
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(json));
        using var output = new MemoryStream();
        using var error = new StringWriter();

        var code = CliApp.Run(["slots"], input, output, error);

        Assert.Equal(1, code);
        Assert.Equal(0, output.Length);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("host.timeZone", line, StringComparison.Ordinal);
        Assert.Contains("America/Gotham", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_ExitsWithUsage()
    {
        using var error = new StringWriter();

        Assert.Equal(2, CliApp.Run(["nope"], Stream.Null, Stream.Null, error));
        Assert.Contains("usage", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_SlotsOnStandardInput_WritesTheExpectedSlotsOnStandardOutput()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "AutoMeet.Cli.dll"), "slots"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(await File.ReadAllTextAsync(BenchFile("availability-realistic-n0100.json")));
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Equal(ExpectedStarts("realistic-n0100"), Starts(Encoding.UTF8.GetBytes(await stdout)));
    }
}
