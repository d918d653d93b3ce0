using AutoMeet.Replies.Ai;
using AutoMeet.Work;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Replies.Responses;

/// <summary>
/// Registers reply drafts: the response generator (the model's when an <see cref="IChatClient"/> is registered and both
/// <see cref="ResponseOptions.UseAi"/> and <see cref="AiReplyOptions.Enabled"/> are set, decided when first resolved;
/// otherwise the template library's), the drafter, the owner's links, the sender and their work-item handlers.
/// </summary>
internal static class ResponsesRegistration
{
    internal static IServiceCollection AddReplyResponses(this IServiceCollection services)
    {
        services.AddOptions<ResponseOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ResponseOptions>, ResponseOptionsValidator>());
        services.TryAddSingleton<DraftUnits>();
        services.TryAddSingleton<ReplyDraftTokens>();
        services.TryAddSingleton<TemplateResponseGenerator>();
        services.TryAddSingleton<IResponseGenerator>(SelectGenerator);
        services.TryAddSingleton<ReplyDrafter>();
        services.TryAddSingleton<ReplyDraftSender>();
        services.TryAddSingleton<ReplyDraftOwnerMailer>();
        services.TryAddSingleton<ReferralEnroller>();
        services.TryAddSingleton<IReplyDraftApprovals, ReplyDraftApprovals>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, ReplyDraftCreateHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, ReplyDraftSendHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, ReplyDraftApprovalEmailHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, ReferralEnrollHandler>());
        return services;
    }

    internal static IResponseGenerator SelectGenerator(IServiceProvider services)
    {
        var templates = services.GetRequiredService<TemplateResponseGenerator>();
        var options = services.GetRequiredService<IOptions<ResponseOptions>>();
        var ai = services.GetRequiredService<IOptions<AiReplyOptions>>();
        return options.Value.UseAi && ai.Value.Enabled && services.GetService<IChatClient>() is { } chatClient
            ? new AiResponseGenerator(
                chatClient, templates, options, ai, services.GetRequiredService<TimeProvider>(),
                (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<AiResponseGenerator>())
            : templates;
    }
}
