using AutoMeet.Sample.Worker;

using var host = SampleWorker.CreateBuilder(args).Build();
await host.RunAsync();
