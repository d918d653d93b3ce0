using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Internal;

/// <summary>The builder returned by <c>AddAutoMeet</c>.</summary>
internal sealed class AutoMeetBuilder(IServiceCollection services) : IAutoMeetBuilder
{
    public IServiceCollection Services { get; } = services;
}
