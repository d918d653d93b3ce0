using AutoMeet.Replies.Offline;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace AutoMeet.Replies.Pipeline;

/// <summary>Registers the reply pipeline: the processor, its parts and the <see cref="ReplyProcessingJob"/>.</summary>
internal static class ReplyPipelineRegistration
{
    internal static IServiceCollection AddReplyPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton<ReplyPipelineMetrics>();
        services.TryAddSingleton(sp => new ReplyActions(sp.GetRequiredService<IClock>()));
        services.TryAddSingleton(sp => new ReplyAnalyzer(
            sp.GetRequiredService<Replies.IReplyClassifier>(),
            sp.GetRequiredService<OfflineReplyClassifier>(),
            sp.GetRequiredService<Replies.IAvailabilityExtractor>(),
            Logger<ReplyAnalyzer>(sp)));
        services.TryAddSingleton<ReplyProcessorServices>();
        services.TryAddSingleton<IReplyProcessor>(sp => new ReplyProcessor(
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<Messaging.IMailbox>(),
            sp.GetRequiredService<ReplyAnalyzer>(),
            sp.GetRequiredService<ReplyActions>(),
            sp.GetRequiredService<ReplyProcessorServices>(),
            sp.GetRequiredService<ReplyPipelineMetrics>(),
            Logger<ReplyProcessor>(sp)));
        services.TryAddSingleton<ReplyProcessingJob>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, ReplyProcessingJob>(sp => sp.GetRequiredService<ReplyProcessingJob>()));
        return services;
    }

    private static ILogger Logger<T>(IServiceProvider services) =>
        (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<T>();
}
