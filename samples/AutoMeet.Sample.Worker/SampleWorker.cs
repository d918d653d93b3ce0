using AutoMeet.Sample.Hosting.Jobs;
using AutoMeet.Sample.Worker.Work;
using AutoMeet.Work;
using AutoMeet.Sample.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoMeet.Sample.Worker;

/// <summary>Builds the worker host; public so that tests can build and run it in-process.</summary>
public static class SampleWorker
{
    /// <summary>
    /// Creates the worker's host builder: AutoMeet with the store chosen from configuration (SQLite under
    /// <c>App_Data</c> by default), store initialization at start-up, the job runner and the work queue job.
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="settings">Optional host settings (content root, configuration) for tests.</param>
    /// <returns>The builder; add or replace services before building it.</returns>
    public static HostApplicationBuilder CreateBuilder(string[] args, HostApplicationBuilderSettings? settings = null)
    {
        settings ??= new HostApplicationBuilderSettings();
        settings.Args ??= args;
        var builder = Host.CreateApplicationBuilder(settings);
        builder.AddAutoMeetSample();
        builder.Services.AddAutoMeetJobs();
        return builder;
    }

    /// <summary>Adds the job runner, the work queue job and the sample's work item handlers.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddAutoMeetJobs(this IServiceCollection services)
    {
        services.AddAutoMeetJobRunner();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IWorkItemHandler, LogWorkItemHandler>());
        return services;
    }
}
