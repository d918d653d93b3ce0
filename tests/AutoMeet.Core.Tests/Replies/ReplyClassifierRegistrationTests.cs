using AutoMeet.Replies;
using AutoMeet.Replies.Offline;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Core.Tests.Replies;

public sealed class ReplyClassifierRegistrationTests
{
    [Fact]
    public void AddAutoMeet_Default_ResolvesOfflineClassifier()
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();
        using var provider = services.BuildServiceProvider();

        var classifier = provider.GetRequiredService<IReplyClassifier>();

        Assert.IsType<OfflineReplyClassifier>(classifier);
        Assert.Equal("offline", classifier.Name);
        Assert.Same(classifier, provider.GetRequiredService<OfflineReplyClassifier>());
    }

    [Fact]
    public void AddAutoMeet_Default_ResolvesOfflineAvailabilityExtractor()
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<AutoMeet.Replies.Availability.OfflineAvailabilityExtractor>(provider.GetRequiredService<IAvailabilityExtractor>());
    }
}
