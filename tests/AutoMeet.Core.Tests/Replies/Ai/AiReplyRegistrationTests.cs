using AutoMeet.Replies;
using AutoMeet.Replies.Ai;
using AutoMeet.Replies.Availability;
using AutoMeet.Replies.Offline;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace AutoMeet.Core.Tests.Replies.Ai;

public sealed class AiReplyRegistrationTests
{
    private static ServiceProvider Build(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddAutoMeet_NoChatClient_ResolvesOfflineClassifierAndExtractor()
    {
        using var provider = Build();

        Assert.IsType<OfflineReplyClassifier>(provider.GetRequiredService<IReplyClassifier>());
        Assert.IsType<OfflineAvailabilityExtractor>(provider.GetRequiredService<IAvailabilityExtractor>());
    }

    [Fact]
    public void AddAutoMeet_ChatClientRegisteredAfterwards_ResolvesAiClassifierAndExtractor()
    {
        using var provider = Build(s => s.AddSingleton<IChatClient>(FakeChatClient.Returning("{}")));

        var classifier = provider.GetRequiredService<IReplyClassifier>();

        Assert.IsType<AiReplyClassifier>(classifier);
        Assert.Equal("ai", classifier.Name);
        Assert.IsType<AiAvailabilityExtractor>(provider.GetRequiredService<IAvailabilityExtractor>());
        Assert.NotNull(provider.GetRequiredService<OfflineReplyClassifier>());
        Assert.NotNull(provider.GetRequiredService<OfflineAvailabilityExtractor>());
    }

    [Fact]
    public void AddAutoMeet_ChatClientButAiDisabled_ResolvesOfflineClassifier()
    {
        using var provider = Build(s =>
        {
            s.AddSingleton<IChatClient>(FakeChatClient.Returning("{}"));
            s.Configure<AiReplyOptions>(o => o.Enabled = false);
        });

        Assert.IsType<OfflineReplyClassifier>(provider.GetRequiredService<IReplyClassifier>());
        Assert.IsType<OfflineAvailabilityExtractor>(provider.GetRequiredService<IAvailabilityExtractor>());
    }

    [Fact]
    public void AddAutoMeet_ClassifierRegisteredByTheHost_IsKept()
    {
        var custom = Substitute.For<IReplyClassifier>();
        var services = new ServiceCollection();
        services.AddSingleton(custom);
        services.AddAutoMeet();
        using var provider = services.BuildServiceProvider();

        Assert.Same(custom, provider.GetRequiredService<IReplyClassifier>());
    }

    [Fact]
    public void AddAutoMeet_InvalidAiOptions_FailsWithTheSettingName()
    {
        using var provider = Build(s => s.Configure<AiReplyOptions>(o => o.Timeout = TimeSpan.Zero));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AiReplyOptions>>().Value);

        Assert.Contains("AutoMeet:Ai:Timeout", error.Message, StringComparison.Ordinal);
    }
}
