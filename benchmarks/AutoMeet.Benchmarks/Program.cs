using BenchmarkDotNet.Running;

// Usage: dotnet run -c Release --project benchmarks/AutoMeet.Benchmarks -- --filter '*'
// Smoke run (seconds, for CI-like checks): add --job Dry
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
