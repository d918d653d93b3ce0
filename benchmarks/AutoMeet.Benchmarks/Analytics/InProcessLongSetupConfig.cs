using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AutoMeet.Benchmarks.Analytics;

/// <summary>
/// In-process (the out-of-process build times out on the shared machine), one launch, one warm-up and five measured
/// iterations, with a 30-minute limit instead of the in-process default, because seeding 1,000,000 events and building
/// their rollup takes minutes on a busy 2-core machine.
/// </summary>
internal sealed class InProcessLongSetupConfig : ManualConfig
{
    public InProcessLongSetupConfig()
    {
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithStrategy(RunStrategy.Monitoring));
    }
}
